import {
  formatBudgetPercent,
  formatBudgetTime,
  formatBurnRate,
  formatDay,
  formatMinutes,
  formatObjective,
  formatSli,
  formatSource,
  formatTarget,
  formatWindow,
  sliDecimals,
} from './format';

describe('formatObjective', () => {
  it('writes the objective without trailing zeros or float noise', () => {
    expect(formatObjective(0.999)).toBe('99.9 %');
    expect(formatObjective(0.99)).toBe('99 %');
    // 0.9995 × 100 is 99.95000000000002 in floating point
    expect(formatObjective(0.9995)).toBe('99.95 %');
  });
});

describe('formatSli', () => {
  it('shows as many places as the allowed error rate needs', () => {
    expect(sliDecimals(0.999)).toBe(3); // 0.1 % allowed → 3 places
    expect(sliDecimals(0.99)).toBe(2);
    expect(sliDecimals(0.9999)).toBe(4);
    expect(sliDecimals(0.995)).toBe(3); // 0.5 % allowed
    expect(sliDecimals(0.9)).toBe(1); // 1 − 0.9 is 0.09999999999999998
  });

  it('reads as a percentage with those decimals', () => {
    expect(formatSli(0.99953, 0.999)).toBe('99.953 %');
    expect(formatSli(0.9985, 0.999)).toBe('99.850 %');
    expect(formatSli(0.98712, 0.99)).toBe('98.71 %');
    expect(formatSli(1, 0.999)).toBe('100.000 %');
  });

  it('says there is no data without traffic', () => {
    expect(formatSli(null, 0.999)).toBe('No data');
  });
});

describe('formatBudgetPercent', () => {
  it('keeps one decimal at most', () => {
    expect(formatBudgetPercent(0.2778)).toBe('27.8 %');
    expect(formatBudgetPercent(1)).toBe('100 %');
    expect(formatBudgetPercent(-0.5)).toBe('-50 %');
  });

  it('never prints minus zero', () => {
    expect(formatBudgetPercent(-0.0001)).toBe('0 %');
  });

  it('has a dash without data', () => {
    expect(formatBudgetPercent(null)).toBe('—');
  });
});

describe('formatMinutes', () => {
  it('uses minutes under two hours', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(43.2)).toBe('43 min');
    expect(formatMinutes(119.4)).toBe('119 min');
  });

  it('uses hours and minutes from two hours on', () => {
    expect(formatMinutes(119.6)).toBe('2 h'); // rounds to 120
    expect(formatMinutes(125)).toBe('2 h 5 min');
    expect(formatMinutes(432)).toBe('7 h 12 min'); // 1 % of 30 days
  });
});

describe('formatBudgetTime', () => {
  it('says how much of the budget is left', () => {
    // 0.2778 of 43.2 min ≈ 12.0 min
    expect(formatBudgetTime(12.0, 43.2)).toBe('12 min of 43 min left');
    expect(formatBudgetTime(201.6, 201.6)).toBe(
      '3 h 22 min of 3 h 22 min left',
    );
  });

  it('says by how much an overspent budget went over', () => {
    expect(formatBudgetTime(-5.2, 43.2)).toBe('overspent by 5 min');
    expect(formatBudgetTime(-150, 43.2)).toBe('overspent by 2 h 30 min');
  });

  it('has a dash without data', () => {
    expect(formatBudgetTime(null, 43.2)).toBe('—');
  });
});

describe('formatBurnRate', () => {
  it('has one decimal and a times sign', () => {
    expect(formatBurnRate(14.4)).toBe('14.4×');
    expect(formatBurnRate(20)).toBe('20.0×');
    expect(formatBurnRate(4032 / 4320)).toBe('0.9×');
    expect(formatBurnRate(null)).toBe('—');
  });
});

describe('formatWindow', () => {
  it('spells out rolling windows', () => {
    expect(formatWindow({ type: 'rolling', duration: '30d' })).toBe(
      '30 days rolling',
    );
    expect(formatWindow({ type: 'rolling', duration: '1w' })).toBe(
      '1 week rolling',
    );
    expect(formatWindow({ type: 'rolling', duration: '2x' })).toBe(
      '2x rolling',
    );
  });

  it('names calendar windows', () => {
    expect(formatWindow({ type: 'calendar', unit: 'month' })).toBe(
      'calendar month',
    );
    expect(formatWindow({ type: 'calendar', unit: 'week' })).toBe(
      'calendar week',
    );
  });

  it('joins objective and window', () => {
    expect(formatTarget(0.999, { type: 'rolling', duration: '30d' })).toBe(
      '99.9 % · 30 days rolling',
    );
  });
});

describe('formatSource', () => {
  it('names the sources', () => {
    expect(formatSource('grafana')).toBe('Grafana SLO');
    expect(formatSource('openslo')).toBe('OpenSLO');
  });
});

describe('formatDay', () => {
  it('gives a short axis label', () => {
    expect(formatDay('2026-11-03')).toBe('Nov 3');
    expect(formatDay('not a day')).toBe('not a day');
  });
});
