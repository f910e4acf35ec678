import { addDays, daysInMonth, eachDay, isDay, previousPeriod } from './dates';

describe('daysInMonth', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth('2026-11')).toBe(30);
    expect(daysInMonth('2026-12')).toBe(31);
    expect(daysInMonth('2026-02')).toBe(28);
    expect(daysInMonth('2028-02')).toBe(29); // 2028 ÷ 4: leap
    expect(daysInMonth('2100-02')).toBe(28); // ÷ 100 but not ÷ 400: not leap
    expect(daysInMonth('2000-02')).toBe(29); // ÷ 400: leap
  });

  it('refuses what is not a month', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '2026-11-01', '']) {
      expect(() => daysInMonth(bad)).toThrow(
        `"${bad}" is not a month as YYYY-MM`,
      );
    }
  });
});

describe('isDay', () => {
  it('is true only for existing days written YYYY-MM-DD', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-12-31')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-11-31')).toBe(false);
    expect(isDay('2026-11-00')).toBe(false);
    expect(isDay('2026-11-1')).toBe(false);
    expect(isDay('2026-11-01T00:00:00Z')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month, leap-day and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-11-10', 0)).toBe('2026-11-10');
  });

  it('keeps years below 100 as written, not as 19xx', () => {
    // a mistyped year stays visible instead of turning into 1926
    expect(addDays('0026-11-10', 1)).toBe('0026-11-11');
  });

  it('refuses a day that does not exist', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(
      '"2026-02-29" is not a day as YYYY-MM-DD',
    );
  });
});

describe('eachDay', () => {
  it('lists the days, both ends included', () => {
    expect(eachDay('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(eachDay('2026-11-10', '2026-11-10')).toEqual(['2026-11-10']);
    expect(eachDay('2026-11-10', '2026-11-09')).toEqual([]);
    expect(eachDay('2026-01-01', '2026-12-31')).toHaveLength(365);
  });
});

describe('previousPeriod', () => {
  it('is the same number of days just before', () => {
    // November: 30 days; the 30 days before the 1st end on 31 October
    expect(previousPeriod('2026-11-01', '2026-11-30')).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
    });
    // 7 days back from 1 March 2028 run through the leap day
    expect(previousPeriod('2028-03-01', '2028-03-07')).toEqual({
      from: '2028-02-23',
      to: '2028-02-29',
    });
    expect(previousPeriod('2026-01-01', '2026-01-01')).toEqual({
      from: '2025-12-31',
      to: '2025-12-31',
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => previousPeriod('2026-11-02', '2026-11-01')).toThrow(
      'the period 2026-11-02..2026-11-01 ends before it starts',
    );
  });
});
