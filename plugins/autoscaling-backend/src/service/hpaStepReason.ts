import { formatReading } from '@internal/plugin-autoscaling-common';
import { ReplicaStep } from './replicaSteps';

/** A metric of an HPA just before a step. */
export interface MetricReading {
  name: string;
  /** Undefined when Prometheus had no value. */
  value?: number;
  target: number;
  unit: string;
}

/**
 * Why an HPA took a step seen only in its replica series (its Kubernetes
 * event has expired), from its metrics just before the step: the metrics
 * over target for a scale-up, or all of them under target for a
 * scale-down. Otherwise the readings are listed as they were.
 */
export function hpaStepReason(
  step: ReplicaStep,
  metrics: MetricReading[],
): string {
  const known = metrics.filter(
    (m): m is MetricReading & { value: number } => m.value !== undefined,
  );
  const described = (m: MetricReading & { value: number }) =>
    `${m.name} ${formatReading(m.value, m.unit)}`;
  const against = (m: MetricReading & { value: number }) =>
    `${described(m)} (target ${formatReading(m.target, m.unit)})`;
  if (known.length === 0) return 'no metric readings before the step';
  if (step.to > step.from) {
    const over = known.filter(m => m.value > m.target);
    if (over.length > 0) {
      return over
        .map(
          m =>
            `${described(m)} above its target ${formatReading(
              m.target,
              m.unit,
            )}`,
        )
        .join(', ');
    }
  } else if (known.length === metrics.length) {
    if (known.every(m => m.value < m.target)) {
      return `every metric below its target: ${known.map(against).join(', ')}`;
    }
  }
  return known.map(against).join(', ');
}
