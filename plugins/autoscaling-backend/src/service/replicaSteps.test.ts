import { replicaSteps } from './replicaSteps';

const points = (...values: number[]) =>
  values.map((value, i) => ({ time: 1000 + i * 60, value }));

describe('replicaSteps', () => {
  it('finds each change at the first sample with the new count', () => {
    expect(replicaSteps(points(2, 2, 4, 4, 6, 10, 10, 3))).toEqual([
      { time: 1120, from: 2, to: 4 },
      { time: 1240, from: 4, to: 6 },
      { time: 1300, from: 6, to: 10 },
      { time: 1420, from: 10, to: 3 },
    ]);
  });

  it('compares across gaps and finds nothing in a flat or empty series', () => {
    expect(replicaSteps(points(2, NaN, NaN, 3, 3))).toEqual([
      { time: 1180, from: 2, to: 3 },
    ]);
    expect(replicaSteps(points(2, NaN, 2))).toEqual([]);
    expect(replicaSteps([])).toEqual([]);
  });
});
