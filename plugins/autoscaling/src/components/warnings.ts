import { Workload } from '@internal/plugin-autoscaling-common';

/** Something that keeps a workload from scaling as it should. */
export interface WorkloadWarning {
  kind: 'at-max' | 'limited' | 'unable';
  title: string;
  detail?: string;
}

/** Conditions whose `False` means the HPA cannot scale at all. */
const REQUIRED_CONDITIONS = ['AbleToScale', 'ScalingActive'];

/**
 * What the reader should know is holding a workload back: at its maximum,
 * `ScalingLimited` true, or `AbleToScale`/`ScalingActive` false.
 */
export function workloadWarnings(workload: Workload): WorkloadWarning[] {
  const warnings: WorkloadWarning[] = [];
  if (workload.atMax) {
    warnings.push({
      kind: 'at-max',
      title: `At maximum: ${workload.currentReplicas} of ${workload.maxReplicas} replicas`,
      detail: 'The workload cannot grow further under more load.',
    });
  }
  for (const condition of workload.conditions) {
    const why = condition.reason ?? condition.type;
    if (condition.type === 'ScalingLimited' && condition.status === 'True') {
      warnings.push({
        kind: 'limited',
        title: `Scaling limited: ${why}`,
        detail: condition.message,
      });
    } else if (
      REQUIRED_CONDITIONS.includes(condition.type) &&
      condition.status === 'False'
    ) {
      warnings.push({
        kind: 'unable',
        title: `Unable to scale: ${condition.type} is False (${why})`,
        detail: condition.message,
      });
    }
  }
  return warnings;
}
