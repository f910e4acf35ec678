import { hpaDesiredReplicas } from '../prometheus/scaling';
import { HpaTimeline } from './hpaTimeline';
import { kubeTime } from './meta';
import { leadingMetric, resourceMetricName } from './rescales';

/** An entry of an HPA's `status.conditions`. */
export interface HpaConditionJson {
  type: 'AbleToScale' | 'ScalingActive' | 'ScalingLimited';
  status: 'True' | 'False';
  reason: string;
  message: string;
  lastTransitionTime: string;
}

type Condition = Omit<HpaConditionJson, 'lastTransitionTime'>;

/** The replicas the HPA rule recommends at sample `i` before the maximum caps it. */
function uncappedRecommendation(timeline: HpaTimeline, i: number): number {
  const { spec, times, currentReplicas, cpuUtilization, memoryUtilization } =
    timeline;
  return hpaDesiredReplicas(
    { ...spec, maxReplicas: Infinity },
    { replicas: currentReplicas[i], recommendations: [] },
    times[i],
    {
      cpuUtilization: cpuUtilization[i],
      memoryUtilization: memoryUtilization[i],
    },
  ).desired;
}

/** The conditions the HPA controller sets after its sync at sample `i`. */
function conditionsAt(timeline: HpaTimeline, i: number): Condition[] {
  const { spec, currentReplicas, desiredReplicas } = timeline;
  const desired = desiredReplicas[i];
  const capped =
    desired === spec.maxReplicas &&
    uncappedRecommendation(timeline, i) > spec.maxReplicas;
  return [
    {
      type: 'AbleToScale',
      status: 'True',
      ...(desired === currentReplicas[i]
        ? {
            reason: 'ReadyForNewScale',
            message: 'recommended size matches current size',
          }
        : {
            reason: 'SucceededRescale',
            message: `the HPA controller was able to update the target scale to ${desired}`,
          }),
    },
    {
      type: 'ScalingActive',
      status: 'True',
      reason: 'ValidMetricFound',
      message: `the HPA was able to successfully calculate a replica count from ${resourceMetricName(
        leadingMetric(timeline, i),
      )}`,
    },
    capped
      ? {
          type: 'ScalingLimited',
          status: 'True',
          reason: 'TooManyReplicas',
          message:
            'the desired replica count is more than the maximum replica count',
        }
      : {
          type: 'ScalingLimited',
          status: 'False',
          reason: 'DesiredWithinRange',
          message: 'the desired count is within the acceptable range',
        },
  ];
}

/**
 * `status.conditions` of the timeline's HPA by sample, each with the time of
 * the earliest sample since which its status and reason have not changed
 * (computed once, in one pass over the history).
 */
export function hpaConditions(
  timeline: HpaTimeline,
): (i: number) => HpaConditionJson[] {
  const key = (condition: Condition) =>
    `${condition.status}/${condition.reason}`;
  const since = [0, 1, 2].map(() => new Int32Array(timeline.times.length));
  const keys = (i: number) => conditionsAt(timeline, i).map(key);
  let previous = keys(0);
  for (let i = 1; i < timeline.times.length; i++) {
    const current = keys(i);
    for (let c = 0; c < current.length; c++) {
      since[c][i] = current[c] === previous[c] ? since[c][i - 1] : i;
    }
    previous = current;
  }
  return i =>
    conditionsAt(timeline, i).map((condition, c) => ({
      ...condition,
      lastTransitionTime: kubeTime(timeline.times[since[c][i]]),
    }));
}
