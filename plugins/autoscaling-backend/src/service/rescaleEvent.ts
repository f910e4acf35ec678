import { ScalingEvent, Workload } from '@internal/plugin-autoscaling-common';
import { KubernetesEvent } from '../providers/kubernetesSchemas';

const RESCALE = /^New size: (\d+); reason: (.+)$/s;

/** `New size: 4; reason: cpu … above target` → `{ to: 4, reason: 'cpu … above target' }`. */
export function parseRescaleMessage(
  message: string,
): { to: number; reason: string } | undefined {
  const match = RESCALE.exec(message.trim());
  return match ? { to: Number(match[1]), reason: match[2].trim() } : undefined;
}

/**
 * The replica change a `SuccessfulRescale` event of the HPA `workload`
 * reports, at its last occurrence; undefined for other events. The event
 * does not say the size before, so `from` is left out.
 */
export function toScalingEvent(
  event: KubernetesEvent,
  workload: Pick<Workload, 'name' | 'cluster' | 'namespace' | 'maxReplicas'>,
): ScalingEvent | undefined {
  const time = event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp;
  const change =
    event.reason === 'SuccessfulRescale' && event.message
      ? parseRescaleMessage(event.message)
      : undefined;
  if (!change || !time || !Number.isFinite(Date.parse(time))) return undefined;
  return {
    time: new Date(time).toISOString(),
    workload: workload.name,
    cluster: workload.cluster,
    namespace: workload.namespace,
    to: change.to,
    reason: change.reason,
    source: 'kubernetes-event',
    atMax: change.to >= workload.maxReplicas,
  };
}
