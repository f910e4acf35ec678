import { Entity } from '@backstage/catalog-model';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
} from '@internal/plugin-autoscaling-common';

/** Which HPAs belong to an entity. */
export interface HpaSelector {
  labelSelector: string;
  /** Undefined: every namespace, as the Kubernetes plugin does. */
  namespace?: string;
}

/**
 * The entity's HPAs as the Kubernetes plugin finds its workloads:
 * `backstage.io/kubernetes-label-selector` when given, else
 * `backstage.io/kubernetes-id=<id>`; in `backstage.io/kubernetes-namespace`,
 * or in every namespace. Undefined when the entity has neither annotation.
 */
export function hpaSelector(entity: Entity): HpaSelector | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const id = annotations[KUBERNETES_ID_ANNOTATION]?.trim();
  const labelSelector =
    annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION]?.trim() ||
    (id ? `${KUBERNETES_ID_ANNOTATION}=${id}` : undefined);
  if (!labelSelector) return undefined;
  const namespace = annotations[KUBERNETES_NAMESPACE_ANNOTATION]?.trim();
  return namespace ? { labelSelector, namespace } : { labelSelector };
}

/** `HPAs labelled app=x in namespace agents of cluster eks-prod`, for "none found" messages. */
export function describeSelector(
  selector: HpaSelector,
  cluster: string,
): string {
  const where = selector.namespace
    ? `in namespace ${selector.namespace}`
    : 'in any namespace';
  return `HPAs labelled ${selector.labelSelector} ${where} of cluster ${cluster}`;
}
