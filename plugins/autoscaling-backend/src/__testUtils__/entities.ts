import { Entity } from '@backstage/catalog-model';

/** A service Component with `annotations`. */
export function serviceEntity(
  name: string,
  annotations: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
  };
}

/** The autoscaling annotations of catalog/services/<name>/catalog-info.yaml. */
export const API_GATEWAY = serviceEntity('api-gateway', {
  'backstage.io/kubernetes-id': 'api-gateway',
  'backstage.io/kubernetes-namespace': 'agents',
});
export const INVENTORY_BACKEND = serviceEntity('inventory-backend', {
  'agent-platform.io/autoscaling-policy':
    'cpu=80,memory=80,p95=400ms,min=1,max=5,up=5m,down=10m',
});
