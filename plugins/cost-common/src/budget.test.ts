import { budgetStatus, crossedThresholds, higherLevel } from './budget';
import { parseAmount } from './money';
import { BudgetLevel, BudgetStatus } from './types';

const days = (entries: Array<[string, string]>) =>
  entries.map(([date, amount]) => ({ date, amount: parseAmount(amount) }));

describe('budgetStatus', () => {
  it('forecasts the month end at the month-to-date daily run rate', () => {
    // 1–10 November 2026, 31.05 a day: spent 10 × 31.05 = 310.50;
    // 310.50 ÷ 10 days = 31.05 a day, 30 − 10 = 20 days left;
    // forecast 310.50 + 31.05 × 20 = 931.50
    const daily = Array.from({ length: 10 }, (_, i) => ({
      date: `2026-11-${String(i + 1).padStart(2, '0')}`,
      amount: parseAmount('31.05'),
    }));
    expect(
      budgetStatus({
        monthly: parseAmount('1000'),
        daily,
        month: '2026-11',
        today: '2026-11-10',
      }),
    ).toEqual({
      month: '2026-11',
      monthly: '1000',
      spentMonthToDate: '310.5',
      forecastMonthEnd: '931.5',
      forecastMethod: 'run-rate-plus-fixed-charges',
      ratio: 0.3105, // 310.50 ÷ 1000
      forecastRatio: 0.9315, // 931.50 ÷ 1000
      status: 'ok', // 0.3105 < 0.8
      forecastStatus: 'warning', // 0.8 ≤ 0.9315 < 0.96
      thresholds: { warning: 0.8, critical: 0.96 },
    });
  });

  it('counts February by its days, leap years included', () => {
    const spent = days([
      ['2028-02-01', '60'],
      ['2028-02-10', '40'],
    ]);
    // leap February 2028: 100 spent over 10 days, 29 days:
    // 100 + 10 × 19 = 290; 290 ÷ 300 = 0.967 ≥ 0.96 → critical
    const leap = budgetStatus({
      monthly: parseAmount('300'),
      daily: spent,
      month: '2028-02',
      today: '2028-02-10',
    });
    expect(leap.forecastMonthEnd).toBe('290');
    expect(leap.forecastStatus).toBe('critical');
    // February 2026 has 28 days: 100 + 10 × 18 = 280; 280 ÷ 300 = 0.933 → warning
    const common = budgetStatus({
      monthly: parseAmount('300'),
      daily: days([
        ['2026-02-01', '60'],
        ['2026-02-10', '40'],
      ]),
      month: '2026-02',
      today: '2026-02-10',
    });
    expect(common.forecastMonthEnd).toBe('280');
    expect(common.forecastStatus).toBe('warning');
  });

  it('counts today as elapsed, from the first day to the last', () => {
    const status = (today: string) =>
      budgetStatus({
        monthly: parseAmount('1000'),
        daily: days([['2026-11-01', '10']]),
        month: '2026-11',
        today,
      }).forecastMonthEnd;
    // on the 1st: 10 spent in 1 day → 10 + 10 × 29 = 300
    expect(status('2026-11-01')).toBe('300');
    // on the 30th, the last day: nothing left to extrapolate → 10
    expect(status('2026-11-30')).toBe('10');
  });

  it('forecasts the spend itself for a past month and a month not begun', () => {
    const past = budgetStatus({
      monthly: parseAmount('1000'),
      daily: days([['2026-10-15', '500']]),
      month: '2026-10',
      today: '2026-11-05',
    });
    expect(past.forecastMonthEnd).toBe('500');
    const future = budgetStatus({
      monthly: parseAmount('1000'),
      daily: [],
      month: '2026-12',
      today: '2026-11-30',
    });
    expect(future).toMatchObject({
      spentMonthToDate: '0',
      forecastMonthEnd: '0',
      ratio: 0,
      status: 'ok',
      forecastStatus: 'ok',
    });
  });

  it('adds several costs of a day, credits included', () => {
    // 50 + 30 − 20 = 60 over 2 days → 60 × 30 ÷ 2 = 900
    const status = budgetStatus({
      monthly: parseAmount('1000'),
      daily: days([
        ['2026-11-01', '50'],
        ['2026-11-01', '30'],
        ['2026-11-02', '-20'],
      ]),
      month: '2026-11',
      today: '2026-11-02',
    });
    expect(status.spentMonthToDate).toBe('60');
    expect(status.forecastMonthEnd).toBe('900');
  });

  it('rounds the forecast once, half to even', () => {
    const forecast = (spent: string) =>
      budgetStatus({
        monthly: parseAmount('1'),
        daily: days([['2026-11-04', spent]]),
        month: '2026-11',
        today: '2026-11-04',
      }).forecastMonthEnd;
    // 1 nano × 30 ÷ 4 = 7.5 nanos → 8 (even)
    expect(forecast('0.000000001')).toBe('0.000000008');
    // 3 nanos × 30 ÷ 4 = 22.5 nanos → 22 (even)
    expect(forecast('0.000000003')).toBe('0.000000022');
  });

  it('reaches a threshold at exactly its share of the budget', () => {
    const level = (spent: string) =>
      budgetStatus({
        monthly: parseAmount('250'),
        daily: days([['2026-10-01', spent]]),
        month: '2026-10',
        today: '2026-11-01',
      }).status;
    // 0.8 × 250 = 200, 0.96 × 250 = 240
    expect(level('199.999999999')).toBe('ok');
    expect(level('200')).toBe('warning');
    expect(level('239.999999999')).toBe('warning');
    expect(level('240')).toBe('critical');
    expect(level('300')).toBe('critical');
  });

  it('compares thresholds exactly, not as floating point', () => {
    // 0.3 is exactly 0.1 × 3 (as numbers, 0.3 / 3 is 0.09999999999999999)
    const status = budgetStatus({
      monthly: parseAmount('3'),
      daily: days([['2026-10-01', '0.3']]),
      month: '2026-10',
      today: '2026-11-01',
      thresholds: { warning: 0.1, critical: 0.2 },
    });
    expect(status.status).toBe('warning');
    expect(status.thresholds).toEqual({ warning: 0.1, critical: 0.2 });
  });

  it('stays exact for budgets too large for floating point', () => {
    // 0.8 × 100 000 000 = 80 000 000; one nano less is not 80 %,
    // though as numbers 79999999.999999999 ÷ 100000000 rounds to 0.8
    const level = (spent: string) =>
      budgetStatus({
        monthly: parseAmount('100000000'),
        daily: days([['2026-10-01', spent]]),
        month: '2026-10',
        today: '2026-11-01',
      }).status;
    expect(level('79999999.999999999')).toBe('ok');
    expect(level('80000000')).toBe('warning');
  });

  it('refuses inputs that make no sense', () => {
    const input = {
      monthly: parseAmount('100'),
      daily: days([['2026-11-01', '1']]),
      month: '2026-11',
      today: '2026-11-10',
    };
    expect(() => budgetStatus({ ...input, monthly: 0n })).toThrow(
      'the monthly budget must be above 0, got 0',
    );
    expect(() =>
      budgetStatus({ ...input, thresholds: { warning: 0.9, critical: 0.8 } }),
    ).toThrow(
      'budget thresholds must be 0 < warning ≤ critical, got warning 0.9 and critical 0.8',
    );
    expect(() =>
      budgetStatus({
        ...input,
        thresholds: { warning: 0.8, critical: Infinity },
      }),
    ).toThrow('budget thresholds must be 0 < warning ≤ critical');
    expect(() =>
      budgetStatus({ ...input, daily: days([['2026-10-31', '1']]) }),
    ).toThrow('the daily cost of 2026-10-31 is not in 2026-11');
    expect(() => budgetStatus({ ...input, today: '2026-11-31' })).toThrow(
      '"2026-11-31" is not a day as YYYY-MM-DD',
    );
    expect(() => budgetStatus({ ...input, month: '2026-13' })).toThrow(
      '"2026-13" is not a month as YYYY-MM',
    );
  });
});

describe('crossedThresholds', () => {
  const at = (
    month: string,
    status: BudgetLevel,
    forecastStatus: BudgetLevel,
  ): BudgetStatus => ({
    month,
    monthly: '100',
    spentMonthToDate: '0',
    forecastMonthEnd: '0',
    forecastMethod: 'run-rate-plus-fixed-charges',
    ratio: 0,
    forecastRatio: 0,
    status,
    forecastStatus,
    thresholds: { warning: 0.8, critical: 0.96 },
  });

  it('reports every threshold reached when nothing was before', () => {
    expect(
      crossedThresholds(undefined, at('2026-11', 'warning', 'critical')),
    ).toEqual([
      { threshold: 'warning', basis: 'spent' },
      { threshold: 'warning', basis: 'forecast' },
      { threshold: 'critical', basis: 'forecast' },
    ]);
    expect(crossedThresholds(undefined, at('2026-11', 'ok', 'ok'))).toEqual([]);
  });

  it('reports only what is new within the month', () => {
    expect(
      crossedThresholds(
        at('2026-11', 'warning', 'warning'),
        at('2026-11', 'warning', 'critical'),
      ),
    ).toEqual([{ threshold: 'critical', basis: 'forecast' }]);
    expect(
      crossedThresholds(
        at('2026-11', 'ok', 'warning'),
        at('2026-11', 'critical', 'warning'),
      ),
    ).toEqual([
      { threshold: 'warning', basis: 'spent' },
      { threshold: 'critical', basis: 'spent' },
    ]);
    expect(
      crossedThresholds(
        at('2026-11', 'critical', 'critical'),
        at('2026-11', 'warning', 'warning'),
      ),
    ).toEqual([]);
  });

  it('starts each month afresh', () => {
    expect(
      crossedThresholds(
        at('2026-10', 'critical', 'critical'),
        at('2026-11', 'warning', 'ok'),
      ),
    ).toEqual([{ threshold: 'warning', basis: 'spent' }]);
  });
});

describe('budgetStatus with fixed charges', () => {
  it('counts a monthly fee and a credit once, and carries the rest over the month', () => {
    // 1–10 November: 310.50 spent, of which a 30.00 fee billed on the 1st
    // and a −5.00 credit: fixed 25.00; the other 285.50 over 10 days of 30
    // → 25 + 285.50 × 30 ÷ 10 = 881.50, where carrying all of it over
    // would say 931.50
    const status = budgetStatus({
      monthly: parseAmount('1000'),
      daily: days([['2026-11-01', '310.50']]),
      fixed: parseAmount('25'),
      month: '2026-11',
      today: '2026-11-10',
    });
    expect(status.forecastMonthEnd).toBe('881.5');
    expect(status.forecastMethod).toBe('run-rate-plus-fixed-charges');
    expect(status.forecastStatus).toBe('warning');
  });
});

describe('higherLevel', () => {
  it.each([
    ['ok', 'ok', 'ok'],
    ['ok', 'warning', 'warning'],
    ['critical', 'warning', 'critical'],
    ['warning', 'critical', 'critical'],
  ] as const)('%s and %s: %s', (a, b, higher) => {
    expect(higherLevel(a, b)).toBe(higher);
  });
});
