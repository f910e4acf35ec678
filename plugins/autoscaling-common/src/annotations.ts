/** Kubernetes plugin syntax: the workloads labelled `backstage.io/kubernetes-id=<id>`. */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';

/** Kubernetes plugin syntax: the namespace the workloads live in. */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';

/** Kubernetes plugin syntax: a label selector for the workloads. */
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';

/**
 * Scaling policy of a service hosted outside Kubernetes (Railway and
 * similar): `cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m`.
 */
export const AUTOSCALING_POLICY_ANNOTATION =
  'agent-platform.io/autoscaling-policy';

/** True when the entity carries an annotation the autoscaling plugin reads. */
export function hasAutoscalingAnnotation(entity: {
  metadata: { annotations?: Record<string, string> };
}): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[KUBERNETES_ID_ANNOTATION] ||
      annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION] ||
      annotations[AUTOSCALING_POLICY_ANNOTATION],
  );
}
