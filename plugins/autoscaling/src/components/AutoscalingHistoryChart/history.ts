import {
  AutoscalingSeries,
  ScalingEvent,
  Workload,
} from '@internal/plugin-autoscaling-common';
import { formatChange } from '../format';

/** One point in time of a workload's chart, `time` in epoch ms. */
export interface HistoryRow {
  time: number;
  replicas?: number;
  desired?: number;
  metric?: number;
}

/** A scaling event within the chart's range. */
export interface EventMarker {
  time: number;
  label: string;
}

const REPLICA_SERIES = ['replicas', 'desired', 'max', 'min'];

function ofWorkload(series: AutoscalingSeries[], workload: Workload) {
  return series.filter(s => s.workload === workload.name);
}

/** The metric drawn beside the replicas: cpu when there is one, else the first metric. */
export function mainMetric(
  series: AutoscalingSeries[],
  workload: Workload,
): AutoscalingSeries | undefined {
  const metrics = ofWorkload(series, workload).filter(
    s => !REPLICA_SERIES.includes(s.name),
  );
  return metrics.find(s => s.name === 'cpu') ?? metrics[0];
}

/** The workload's replicas, desired replicas and main metric by time, oldest first. */
export function historyRows(
  series: AutoscalingSeries[],
  workload: Workload,
): HistoryRow[] {
  const rows = new Map<number, HistoryRow>();
  const put = (
    points: Array<[number, number]>,
    key: 'replicas' | 'desired' | 'metric',
  ) => {
    for (const [seconds, value] of points) {
      const time = seconds * 1000;
      const row = rows.get(time) ?? { time };
      row[key] = value;
      rows.set(time, row);
    }
  };
  for (const s of ofWorkload(series, workload)) {
    if (s.name === 'replicas' || s.name === 'desired') put(s.points, s.name);
  }
  const metric = mainMetric(series, workload);
  if (metric) put(metric.points, 'metric');
  return [...rows.values()].sort((a, b) => a.time - b.time);
}

/** The workload's scaling events within the range (epoch ms), labelled `8 → 10`. */
export function eventMarkers(
  events: ScalingEvent[],
  workload: Workload,
  range: [number, number],
): EventMarker[] {
  const [start, end] = range;
  return events
    .filter(
      event =>
        event.workload === workload.name &&
        (!event.cluster || event.cluster === workload.cluster),
    )
    .map(event => ({
      time: Date.parse(event.time),
      label: formatChange(event),
    }))
    .filter(marker => marker.time >= start && marker.time <= end);
}
