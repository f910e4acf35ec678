import { HpaConditionJson, hpaConditions } from './conditions';
import { HpaTimeline, hpaTimelines } from './hpaTimeline';
import { Rescale, rescalesOf } from './rescales';

/** The label the Backstage Kubernetes plugin finds a service's objects by. */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/** An HPA the stand-in serves, with its whole simulated history. */
export interface SandboxHpa {
  name: string;
  namespace: string;
  labels: Readonly<Record<string, string>>;
  timeline: HpaTimeline;
  /** Oldest first. */
  rescales: Rescale[];
  /** `status.conditions` after the sync at a sample index. */
  conditionsAt(i: number): HpaConditionJson[];
}

/**
 * One HPA per Kubernetes-hosted demo service (namespace `agents`), named and
 * labelled after it, following the Prometheus history that ends at
 * `historyEnd` (unix seconds) with `seed`.
 */
export function sandboxHpas(options: {
  seed: number;
  historyEnd: number;
}): SandboxHpa[] {
  return hpaTimelines(options).map(timeline => {
    const { name, namespace } = timeline.service;
    return {
      name,
      namespace,
      labels: { app: name, [KUBERNETES_ID_LABEL]: name },
      timeline,
      rescales: rescalesOf(timeline),
      conditionsAt: hpaConditions(timeline),
    };
  });
}
