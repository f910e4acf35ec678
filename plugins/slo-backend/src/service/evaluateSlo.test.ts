import { BURN_RATE_WINDOWS } from '@internal/plugin-slo-common';
import {
  evaluateSlo,
  SloDescription,
  sliOrNull,
  unevaluatedSlo,
} from './evaluateSlo';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');

const availability: SloDescription = {
  id: './slo.yaml#api-gateway-availability',
  name: 'Availability',
  description: '/v1/invoke requests that do not fail with a 5xx.',
  source: 'openslo',
  indicator: 'availability',
  objective: 0.999,
  window: { type: 'rolling', duration: '30d' },
  runbookUrl: '/docs/default/component/api-gateway/runbooks/high-error-rate/',
};

/** The same SLI over every burn-rate window. */
function everyWindow(sli: number | null): Record<string, number | null> {
  return Object.fromEntries(BURN_RATE_WINDOWS.map(w => [w, sli]));
}

describe('evaluateSlo', () => {
  it('gives half the budget left for 99.95 % against 99.9 % over 30d', () => {
    const slo = evaluateSlo(
      availability,
      { sli: 0.9995, sliByWindow: everyWindow(0.9995) },
      NOW,
    );

    // total budget: (1 − 0.999) × 30 × 24 × 60 min = 0.001 × 43 200 = 43.2 min
    expect(slo.errorBudgetTotalMinutes).toBeCloseTo(43.2, 9);
    // remaining: (0.9995 − 0.999) / (1 − 0.999) = 0.0005 / 0.001 = 0.5
    expect(slo.errorBudgetRemaining).toBeCloseTo(0.5, 9);
    // 0.5 × 43.2 min = 21.6 min
    expect(slo.errorBudgetRemainingMinutes).toBeCloseTo(21.6, 9);
    expect(slo.status).toBe('ok');
    expect(slo).toMatchObject({
      ...availability,
      sli: 0.9995,
      updatedAt: '2026-03-10T12:00:00.000Z',
      stale: false,
    });
    expect(slo.error).toBeUndefined();
  });

  it('gives an overspent, breaching budget for 99.8 % against 99.9 %', () => {
    const slo = evaluateSlo(
      availability,
      { sli: 0.998, sliByWindow: everyWindow(0.9995) },
      NOW,
    );

    // (0.998 − 0.999) / 0.001 = −0.001 / 0.001 = −1
    expect(slo.errorBudgetRemaining).toBeCloseTo(-1, 9);
    // −1 × 43.2 min = −43.2 min
    expect(slo.errorBudgetRemainingMinutes).toBeCloseTo(-43.2, 9);
    expect(slo.status).toBe('breaching');
  });

  it('breaches on a fast burn even while budget is left', () => {
    const slo = evaluateSlo(
      availability,
      {
        sli: 0.9995,
        sliByWindow: { ...everyWindow(0.9995), '1h': 0.98, '5m': 0.98 },
      },
      NOW,
    );

    // threshold for 1h on 30d: 0.02 × 43 200 min / 60 min = 14.4
    // burn(1h) = burn(5m) = (1 − 0.98) / (1 − 0.999) = 0.02 / 0.001 = 20 > 14.4
    const page = slo.burnRates.find(b => b.longWindow === '1h')!;
    expect(page.threshold).toBeCloseTo(14.4, 9);
    expect(page.longBurnRate).toBeCloseTo(20, 9);
    expect(page.shortBurnRate).toBeCloseTo(20, 9);
    expect(page.firing).toBe(true);
    expect(slo.status).toBe('breaching');
  });

  it('sizes a calendar-month budget by the days of the current month', () => {
    const monthly: SloDescription = {
      ...availability,
      window: { type: 'calendar', unit: 'month' },
    };
    const measured = { sli: 0.9995, sliByWindow: everyWindow(0.9995) };

    // February 2026 has 28 days: 28 × 1440 = 40 320 min;
    // budget 0.001 × 40 320 = 40.32 min, half of it left = 20.16 min
    const february = evaluateSlo(
      monthly,
      measured,
      Date.parse('2026-02-10T12:00:00Z'),
    );
    expect(february.errorBudgetTotalMinutes).toBeCloseTo(40.32, 9);
    expect(february.errorBudgetRemainingMinutes).toBeCloseTo(20.16, 9);
    // the 1h page threshold scales too: 0.02 × 40 320 / 60 = 13.44
    expect(february.burnRates[0].threshold).toBeCloseTo(13.44, 9);

    // March has 31 days: 31 × 1440 = 44 640 min; 0.001 × 44 640 = 44.64 min
    const march = evaluateSlo(monthly, measured, NOW);
    expect(march.errorBudgetTotalMinutes).toBeCloseTo(44.64, 9);
    expect(march.errorBudgetRemainingMinutes).toBeCloseTo(22.32, 9);
  });

  it('reports no data, not a full or empty budget, when the window had no traffic', () => {
    const slo = evaluateSlo(
      availability,
      { sli: null, sliByWindow: everyWindow(null) },
      NOW,
    );

    expect(slo.sli).toBeNull();
    expect(slo.errorBudgetRemaining).toBeNull();
    expect(slo.errorBudgetRemainingMinutes).toBeNull();
    expect(slo.errorBudgetTotalMinutes).toBeCloseTo(43.2, 9);
    expect(slo.status).toBe('no-data');
  });
});

describe('sliOrNull', () => {
  it.each([NaN, Infinity, -Infinity, undefined])(
    'reads %p as no data',
    value => {
      expect(sliOrNull(value)).toBeNull();
    },
  );

  it.each([0, 0.9995, 1])('keeps the measured value %p', value => {
    expect(sliOrNull(value)).toBe(value);
  });
});

describe('unevaluatedSlo', () => {
  it('carries the error with no figures and status no-data', () => {
    const slo = unevaluatedSlo(
      availability,
      'Prometheus at http://prometheus:9090 failed after 3 attempts',
      NOW,
    );

    expect(slo).toMatchObject({
      ...availability,
      sli: null,
      errorBudgetRemaining: null,
      errorBudgetRemainingMinutes: null,
      status: 'no-data',
      stale: false,
      updatedAt: '2026-03-10T12:00:00.000Z',
      error: 'Prometheus at http://prometheus:9090 failed after 3 attempts',
    });
    expect(slo.burnRates).toHaveLength(4);
    expect(slo.burnRates.some(b => b.firing)).toBe(false);
  });
});
