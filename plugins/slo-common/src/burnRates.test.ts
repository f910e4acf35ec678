import { burnRate, BURN_RATE_WINDOWS, evaluateBurnRates } from './burnRates';

const THIRTY_DAYS = 30 * 24 * 60;
const quiet = Object.fromEntries(BURN_RATE_WINDOWS.map(w => [w, 0.9999]));

describe('burnRate', () => {
  it('is the error rate over the allowed error rate', () => {
    expect(burnRate(0.99, 0.999)).toBeCloseTo(10, 10); // 1 % / 0.1 %
    expect(burnRate(0.999, 0.999)).toBeCloseTo(1, 10);
    expect(burnRate(1, 0.999)).toBe(0);
    expect(burnRate(null, 0.999)).toBeNull();
  });
});

describe('evaluateBurnRates', () => {
  it('uses the SRE workbook thresholds for a 30-day window', () => {
    const alerts = evaluateBurnRates(0.999, THIRTY_DAYS, quiet);
    expect(alerts.map(a => [a.severity, a.longWindow, a.shortWindow])).toEqual([
      ['page', '1h', '5m'],
      ['page', '6h', '30m'],
      ['ticket', '1d', '2h'],
      ['ticket', '3d', '6h'],
    ]);
    const thresholds = alerts.map(a => a.threshold);
    [14.4, 6, 3, 1].forEach((expected, i) =>
      expect(thresholds[i]).toBeCloseTo(expected, 10),
    );
    expect(alerts.some(a => a.firing)).toBe(false);
  });

  it('scales the thresholds with the window length', () => {
    // 28 days = 40 320 min: 2 % in 1 h → 0.02 × 40320 / 60 = 13.44,
    // 5 % in 6 h → 5.6, 10 % in 1 d → 2.8, 10 % in 3 d → 0.9333…
    const thresholds = evaluateBurnRates(0.999, 28 * 24 * 60, quiet).map(
      a => a.threshold,
    );
    [13.44, 5.6, 2.8, 4032 / 4320].forEach((expected, i) =>
      expect(thresholds[i]).toBeCloseTo(expected, 10),
    );
  });

  it('fires only when both windows of a pair burn too fast', () => {
    // 1h at 98 % good → burn 20, 5m at 97 % → burn 30: both above 14.4
    const fast = evaluateBurnRates(0.999, THIRTY_DAYS, {
      ...quiet,
      '1h': 0.98,
      '5m': 0.97,
    });
    expect(fast[0]).toMatchObject({ firing: true });
    expect(fast[0].longBurnRate).toBeCloseTo(20, 10);
    expect(fast[0].shortBurnRate).toBeCloseTo(30, 10);

    // the incident is over: the 5m window is clean again → no page
    const recovered = evaluateBurnRates(0.999, THIRTY_DAYS, {
      ...quiet,
      '1h': 0.98,
      '5m': 0.9999,
    });
    expect(recovered[0].firing).toBe(false);
  });

  it('treats a window without traffic as no data, never as firing', () => {
    const alerts = evaluateBurnRates(0.999, THIRTY_DAYS, {
      ...quiet,
      '1h': null,
      '5m': 0.5,
    });
    expect(alerts[0]).toMatchObject({
      longBurnRate: null,
      firing: false,
    });
  });
});
