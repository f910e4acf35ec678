const HOUR = 3600;

/**
 * `count` events spread evenly over [`start`, `end`): the k-th (from 0) at
 * `start + (k + phase) (end - start) / count`, `phase` in [0, 1).
 */
export interface Cell {
  start: number;
  end: number;
  count: number;
  phase: number;
}

/** Where an issue's events of one environment come from, hour by hour. */
export interface EventSource {
  /** No events before `start` or from `end` on (unix seconds). */
  start: number;
  end: number;
  /** The events of the hour that starts at `hour` (a whole hour), if any. */
  cell(hour: number): Cell | undefined;
}

const floorHour = (t: number) => Math.floor(t / HOUR) * HOUR;

/** How many events of the cell lie in [`from`, `to`). */
export function eventsIn(cell: Cell, from: number, to: number): number {
  const { start, end, count, phase } = cell;
  if (count === 0) return 0;
  // events before t: the k with k + phase < (t - start) count / (end - start)
  const index = (t: number) =>
    Math.min(
      count,
      Math.max(0, Math.ceil(((t - start) * count) / (end - start) - phase)),
    );
  return Math.max(0, index(to) - index(from));
}

function eventTime(cell: Cell, index: number): number {
  return (
    cell.start + ((index + cell.phase) * (cell.end - cell.start)) / cell.count
  );
}

/** How many events the source has in [`from`, `to`). */
export function countEvents(
  source: EventSource,
  from: number,
  to: number,
): number {
  let total = 0;
  const last = Math.min(to, source.end);
  for (
    let hour = floorHour(Math.max(from, source.start));
    hour < last;
    hour += HOUR
  ) {
    const cell = source.cell(hour);
    if (cell) total += eventsIn(cell, from, to);
  }
  return total;
}

/** The time of the source's first event before `before`. */
export function firstEvent(
  source: EventSource,
  before: number,
): number | undefined {
  const last = Math.min(before, source.end);
  for (let hour = floorHour(source.start); hour < last; hour += HOUR) {
    const cell = source.cell(hour);
    if (cell && cell.count > 0) {
      const time = eventTime(cell, 0);
      return time < before ? time : undefined;
    }
  }
  return undefined;
}

/** The time of the source's last event before `before`. */
export function lastEvent(
  source: EventSource,
  before: number,
): number | undefined {
  const first = floorHour(source.start);
  for (
    let hour = floorHour(Math.min(before, source.end) - 1);
    hour >= first;
    hour -= HOUR
  ) {
    const cell = source.cell(hour);
    const count = cell ? eventsIn(cell, -Infinity, before) : 0;
    if (cell && count > 0) return eventTime(cell, count - 1);
  }
  return undefined;
}
