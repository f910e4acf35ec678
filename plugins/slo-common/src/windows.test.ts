import { durationMinutes } from './durations';
import { windowSpan } from './windows';

describe('durationMinutes', () => {
  it('reads single-unit durations', () => {
    expect(durationMinutes('5m')).toBe(5);
    expect(durationMinutes('6h')).toBe(360);
    expect(durationMinutes('28d')).toBe(40320);
    expect(durationMinutes('4w')).toBe(40320);
  });

  it('rejects what it cannot read', () => {
    for (const bad of ['', '30', '1.5h', '0d', '1y', '1h30m', ' 5m']) {
      expect(() => durationMinutes(bad)).toThrow(`"${bad}" is not a duration`);
    }
  });
});

describe('windowSpan', () => {
  it('ends a rolling window now and starts it one duration earlier', () => {
    const now = Date.UTC(2026, 10, 22, 12);
    expect(windowSpan({ type: 'rolling', duration: '30d' }, now)).toEqual({
      start: Date.UTC(2026, 9, 23, 12),
      end: now,
      lengthMinutes: 43200,
    });
  });

  it('starts a calendar month on its first day and sizes it by its days', () => {
    const now = Date.UTC(2026, 1, 10, 12); // 10 February 2026
    expect(windowSpan({ type: 'calendar', unit: 'month' }, now)).toEqual({
      start: Date.UTC(2026, 1, 1),
      end: now,
      lengthMinutes: 28 * 24 * 60,
    });
    const march = Date.UTC(2026, 2, 31, 23, 59);
    expect(
      windowSpan({ type: 'calendar', unit: 'month' }, march).lengthMinutes,
    ).toBe(31 * 24 * 60);
  });

  it('starts a calendar week on Monday', () => {
    const sunday = Date.UTC(2026, 10, 22, 10); // Sunday 22 November 2026
    expect(windowSpan({ type: 'calendar', unit: 'week' }, sunday)).toEqual({
      start: Date.UTC(2026, 10, 16), // Monday 16 November
      end: sunday,
      lengthMinutes: 7 * 24 * 60,
    });
    const monday = Date.UTC(2026, 10, 16, 0, 30);
    expect(windowSpan({ type: 'calendar', unit: 'week' }, monday).start).toBe(
      Date.UTC(2026, 10, 16),
    );
  });
});
