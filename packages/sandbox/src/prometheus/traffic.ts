const HOUR = 3600;
const DAY = 24 * HOUR;

/** Hour (UTC) of the daily peak; the trough is twelve hours later. */
const PEAK_HOUR = 15;
const TROUGH_SHARE = 0.15;
const WEEKEND_SHARE = 0.55;

/**
 * Share of the weekday peak traffic at unix time `t` (seconds): a daily wave
 * between 15 % (03:00 UTC) and 100 % (15:00 UTC), times 55 % on weekends.
 */
export function trafficShare(t: number): number {
  const hourOfDay = (((t % DAY) + DAY) % DAY) / HOUR;
  const wave = (1 + Math.cos((2 * Math.PI * (hourOfDay - PEAK_HOUR)) / 24)) / 2;
  const daily = TROUGH_SHARE + (1 - TROUGH_SHARE) * wave;
  const weekday = new Date(t * 1000).getUTCDay();
  return weekday === 0 || weekday === 6 ? daily * WEEKEND_SHARE : daily;
}
