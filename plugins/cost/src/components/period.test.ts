import { Settings } from 'luxon';
import { describePeriod, periodRange } from './period';

describe('periodRange', () => {
  afterEach(() => {
    Settings.defaultZone = 'system';
  });

  const at = (iso: string) => Date.parse(iso);

  it('covers the 1st to today for this month', () => {
    expect(periodRange('this-month', at('2026-11-22T12:00:00Z'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-22',
    });
  });

  it('covers the whole previous month for last month, leap days included', () => {
    expect(periodRange('last-month', at('2026-11-22T12:00:00Z'))).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(periodRange('last-month', at('2028-03-31T23:59:59Z'))).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(periodRange('last-month', at('2027-01-05T00:00:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });

  it('covers 90 days ending today for the last 90 days', () => {
    // Nov 22 back 89 days: 21 in November, 31 in October, 30 in September,
    // 7 in August → Aug 25; 7 + 30 + 31 + 22 = 90 days
    expect(periodRange('90d', at('2026-11-22T12:00:00Z'))).toEqual({
      from: '2026-08-25',
      to: '2026-11-22',
    });
  });

  it('counts UTC days whatever the local time zone', () => {
    // still November 30 in Los Angeles, already December 1 in UTC
    Settings.defaultZone = 'America/Los_Angeles';
    expect(periodRange('this-month', at('2026-12-01T00:30:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
    // already November 1 in Tokyo, still October 31 in UTC
    Settings.defaultZone = 'Asia/Tokyo';
    expect(periodRange('this-month', at('2026-10-31T20:00:00Z'))).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
  });
});

describe('describePeriod', () => {
  it('names the month of a month, and the span of the last 90 days', () => {
    const range = { from: '2026-10-01', to: '2026-10-31' };
    expect(describePeriod('last-month', range)).toBe('October 2026');
    expect(
      describePeriod('this-month', { from: '2026-11-01', to: '2026-11-22' }),
    ).toBe('November 2026');
    expect(
      describePeriod('90d', { from: '2026-08-25', to: '2026-11-22' }),
    ).toBe('the last 90 days');
  });
});
