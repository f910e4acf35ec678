import { kubeTime, uidOf } from './meta';
import { Rescale } from './rescales';

/** Kubernetes deletes an event an hour after its last occurrence (`--event-ttl`). */
export const EVENT_TTL_SECONDS = 3600;

/** A `v1` Event about an HPA, as an `EventList` item. */
export interface HpaEventJson {
  metadata: { name: string; namespace: string };
  involvedObject: {
    kind: 'HorizontalPodAutoscaler';
    apiVersion: 'autoscaling/v2';
    namespace: string;
    name: string;
    uid: string;
  };
  reason: 'SuccessfulRescale';
  message: string;
  type: 'Normal';
  firstTimestamp: string;
  lastTimestamp: string;
  count: number;
  source: { component: 'horizontal-pod-autoscaler' };
}

interface Occurrences {
  message: string;
  first: number;
  last: number;
  count: number;
}

/** Event names are the object's name and the first occurrence in hex nanoseconds. */
function eventName(hpa: string, first: number): string {
  return `${hpa}.${(BigInt(first) * BigInt(1e9)).toString(16)}`;
}

/**
 * The `SuccessfulRescale` events of an HPA that still exist at `now` (unix
 * seconds). As in Kubernetes, a repeated message within the TTL counts on the
 * same event (`count`, `lastTimestamp`), and an event disappears an hour after
 * its last occurrence; rescales after `now` have not happened yet.
 */
export function rescaleEvents(
  hpa: { namespace: string; name: string },
  rescales: readonly Rescale[],
  now: number,
): HpaEventJson[] {
  const events: Occurrences[] = [];
  const open = new Map<string, Occurrences>();
  for (const { time, size, reason } of rescales) {
    if (time > now) break;
    const message = `New size: ${size}; reason: ${reason}`;
    const event = open.get(message);
    if (event && time - event.last < EVENT_TTL_SECONDS) {
      event.count += 1;
      event.last = time;
    } else {
      const started = { message, first: time, last: time, count: 1 };
      open.set(message, started);
      events.push(started);
    }
  }
  const { namespace, name } = hpa;
  return events
    .filter(event => now - event.last < EVENT_TTL_SECONDS)
    .map(({ message, first, last, count }) => ({
      metadata: { name: eventName(name, first), namespace },
      involvedObject: {
        kind: 'HorizontalPodAutoscaler',
        apiVersion: 'autoscaling/v2',
        namespace,
        name,
        uid: uidOf('HorizontalPodAutoscaler', namespace, name),
      },
      reason: 'SuccessfulRescale',
      message,
      type: 'Normal',
      firstTimestamp: kubeTime(first),
      lastTimestamp: kubeTime(last),
      count,
      source: { component: 'horizontal-pod-autoscaler' },
    }));
}
