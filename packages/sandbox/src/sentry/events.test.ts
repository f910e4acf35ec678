import {
  Cell,
  countEvents,
  EventSource,
  eventsIn,
  firstEvent,
  lastEvent,
} from './events';

const H = 3600;

// 4 events in [0, 3600) at phase 0.5: at 450, 1350, 2250 and 3150 s
const cell: Cell = { start: 0, end: H, count: 4, phase: 0.5 };

/** Hours 1 and 3 hold events: 2 in the first half of hour 1, 3 over hour 3. */
const source: EventSource = {
  start: H,
  end: 4 * H,
  cell: hour =>
    ({
      [H]: { start: H, end: 1.5 * H, count: 2, phase: 0 },
      [3 * H]: { start: 3 * H, end: 4 * H, count: 3, phase: 0.5 },
    }[hour]),
};

describe('eventsIn', () => {
  it.each([
    [0, H, 4],
    [0, 450, 0],
    [0, 451, 1],
    [450, 1350, 1],
    [1000, 3000, 2],
    [3150, H, 1],
    [-Infinity, Infinity, 4],
    [2000, 1000, 0],
  ])('counts the events in [%s, %s): %s', (from, to, expected) => {
    expect(eventsIn(cell, from, to)).toBe(expected);
  });
});

describe('a source of hourly cells', () => {
  it('counts events across hours', () => {
    expect(countEvents(source, 0, 10 * H)).toBe(5);
    // hour 1: events at 3600 and 4500; hour 3: at 11400, 12600, 13800
    expect(countEvents(source, 4000, 12000)).toBe(2);
  });

  it('finds the first and the last event before a time', () => {
    expect(firstEvent(source, 10 * H)).toBe(H);
    expect(firstEvent(source, H)).toBeUndefined();
    expect(lastEvent(source, 10 * H)).toBe(13800);
    expect(lastEvent(source, 12600)).toBe(11400);
    expect(lastEvent(source, 11400)).toBe(4500);
    expect(lastEvent(source, H)).toBeUndefined();
  });
});
