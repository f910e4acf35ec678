import { events, gatewayHpa, history, workerHpa } from '../../testing/fixtures';
import { eventMarkers, historyRows, mainMetric } from './history';

describe('history', () => {
  it('takes cpu as the main metric, else the first metric', () => {
    expect(mainMetric(history.series, gatewayHpa)?.name).toBe('cpu');
    const p95 = {
      workload: 'api-gateway',
      name: 'p95',
      unit: 'ms',
      points: [],
    };
    expect(
      mainMetric(
        [...history.series.filter(s => s.name !== 'cpu'), p95],
        gatewayHpa,
      ),
    ).toBe(p95);
    expect(mainMetric(history.series, workerHpa)).toBeUndefined();
  });

  it('joins the replicas, desired replicas and main metric by time', () => {
    const rows = historyRows(history.series, gatewayHpa);

    expect(rows).toHaveLength(24);
    expect(rows[0]).toEqual({
      time: Date.parse('2026-11-21T13:00:00Z'),
      replicas: 4,
      desired: 4,
      metric: 50,
    });
    expect(rows[23]).toEqual({
      time: Date.parse('2026-11-22T12:00:00Z'),
      replicas: 10,
      desired: 10,
      metric: 93,
    });
    expect(historyRows(history.series, workerHpa)).toEqual([]);
  });

  it('marks the workload’s events within the range', () => {
    const range: [number, number] = [
      Date.parse('2026-11-21T12:00:00Z'),
      Date.parse('2026-11-22T12:00:00Z'),
    ];
    expect(eventMarkers(events.events, gatewayHpa, range)).toEqual([
      { time: Date.parse('2026-11-22T10:00:00Z'), label: '8 → 10' },
    ]);
    expect(
      eventMarkers(events.events, gatewayHpa, [
        range[0],
        Date.parse('2026-11-22T09:00:00Z'),
      ]),
    ).toEqual([]);
    expect(
      eventMarkers(
        events.events,
        { ...gatewayHpa, cluster: 'eks-prod' },
        range,
      ),
    ).toEqual([]);
  });
});
