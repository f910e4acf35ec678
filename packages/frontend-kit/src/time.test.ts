import { Settings } from 'luxon';
import { formatAbsoluteTime, formatRelativeTime } from './time';

describe('times', () => {
  const zone = Settings.defaultZone;
  afterEach(() => {
    Settings.defaultZone = zone;
    jest.restoreAllMocks();
  });

  it('reads a timestamp relative to now, and leaves what it cannot read', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-22T12:00:00Z'));
    expect(formatRelativeTime('2026-11-22T09:00:00Z')).toBe('3 hours ago');
    expect(formatRelativeTime('yesterday')).toBe('yesterday');
  });

  it('shows ISO timestamps and epoch milliseconds in local time', () => {
    Settings.defaultZone = 'Europe/Berlin';
    // ICU puts a narrow no-break space before AM
    expect(formatAbsoluteTime('2026-11-22T09:00:00Z')).toMatch(
      /^Nov 22, 2026, 10:00\sAM$/,
    );
    expect(formatAbsoluteTime(Date.parse('2026-11-22T09:00:00Z'))).toMatch(
      /^Nov 22, 2026, 10:00\sAM$/,
    );
    expect(formatAbsoluteTime('soon')).toBe('soon');
  });
});
