import { ScalingEvent } from '@internal/plugin-autoscaling-common';
import { workloadKey } from '../database/ScalingEventStore';

/**
 * How far apart a Kubernetes event and the step in the replica series may
 * be to be the same change: the series is sampled every minute and the
 * step shows at the first sample after it.
 */
const SAME_CHANGE_MS = 3 * 60 * 1000;

/**
 * Live and recorded events as one timeline, newest first: one event per
 * change. A change both in a Kubernetes event and in the replica series
 * keeps the event's reason and takes the size before from the series.
 */
export function mergeEvents(events: ScalingEvent[]): ScalingEvent[] {
  const unique = new Map<string, ScalingEvent>();
  for (const e of events) {
    const key = `${workloadKey(e)}@${e.time}>${e.to}:${e.source}`;
    const known = unique.get(key);
    unique.set(
      key,
      known
        ? {
            ...known,
            from: known.from ?? e.from,
            atMax: known.atMax || e.atMax,
          }
        : e,
    );
  }
  const all = [...unique.values()];
  const kubernetes = all.filter(e => e.source === 'kubernetes-event');
  const merged = new Map(kubernetes.map(e => [e, { ...e }]));
  const steps = all.filter(e => e.source !== 'kubernetes-event');
  const kept = steps.filter(step => {
    const time = Date.parse(step.time);
    const match = kubernetes.find(
      e =>
        workloadKey(e) === workloadKey(step) &&
        e.to === step.to &&
        Math.abs(Date.parse(e.time) - time) <= SAME_CHANGE_MS,
    );
    if (!match) return true;
    const event = merged.get(match)!;
    event.from ??= step.from;
    event.atMax ||= step.atMax;
    return false;
  });
  return [...merged.values(), ...kept].sort((a, b) =>
    b.time.localeCompare(a.time),
  );
}
