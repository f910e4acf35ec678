import { Settings } from 'luxon';
import { historyRange } from './historyRange';

describe('historyRange', () => {
  const now = Date.UTC(2026, 10, 22, 12); // Sunday 22 November 2026, noon UTC

  it('goes back one duration for a rolling window', () => {
    expect(historyRange({ type: 'rolling', duration: '30d' }, now)).toEqual({
      from: '2026-10-23',
      to: '2026-11-22',
    });
    expect(historyRange({ type: 'rolling', duration: '4w' }, now)).toEqual({
      from: '2026-10-25',
      to: '2026-11-22',
    });
  });

  it('starts a calendar month on the 1st and a calendar week on Monday', () => {
    expect(historyRange({ type: 'calendar', unit: 'month' }, now)).toEqual({
      from: '2026-11-01',
      to: '2026-11-22',
    });
    expect(historyRange({ type: 'calendar', unit: 'week' }, now)).toEqual({
      from: '2026-11-16',
      to: '2026-11-22',
    });
  });

  it('counts days in UTC, not in the browser’s zone', () => {
    const zone = Settings.defaultZone;
    Settings.defaultZone = 'Asia/Tokyo'; // already 1 December there
    try {
      const lateEvening = Date.UTC(2026, 10, 30, 23, 30); // 30 Nov, 23:30 UTC
      expect(
        historyRange({ type: 'calendar', unit: 'month' }, lateEvening),
      ).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    } finally {
      Settings.defaultZone = zone;
    }
  });
});
