import { Entity } from '@backstage/catalog-model';
import { ServiceSpec } from '../service/serviceSpec';

/** What the entities need beyond the form: where the platform runs things. */
export interface CatalogContext {
  /** Sentry organization slug, e.g. `valuecanvas` */
  sentryOrganization: string;
  /** Kubernetes namespace of the platform's services, e.g. `agents` */
  kubernetesNamespace: string;
  /** The cluster Resource a Kubernetes service runs on, e.g. `resource:default/agents-eks-cluster` */
  kubernetesCluster?: string;
  /** The monthly budget, e.g. the cost estimate's total: `"42.5"` */
  monthlyBudget: string;
}

const resource = (
  spec: ServiceSpec,
  suffix: string,
  type: string,
  description: string,
  dependsOn: string[] = [],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: `${spec.name}-${suffix}`,
    description,
    annotations: {
      'agent-platform.io/cost-tags': `resource=${spec.name}-${suffix}`,
    },
  },
  spec: {
    type,
    owner: spec.owner,
    ...(spec.system ? { system: spec.system } : {}),
    ...(dependsOn.length ? { dependsOn } : {}),
  },
});

/** The Resources provisioned for the service: one per piece of infrastructure. */
function resources(spec: ServiceSpec): Entity[] {
  const list: Entity[] = [
    spec.hosting === 'railway'
      ? resource(
          spec,
          'railway',
          'railway-service',
          `Railway service of ${spec.name}`,
        )
      : resource(
          spec,
          'workload',
          'kubernetes-workload',
          `Deployment, Service, HPA and PodDisruptionBudget of ${spec.name}`,
        ),
    resource(
      spec,
      'edge',
      'cloudflare-zone',
      `Cloudflare DNS, TLS, WAF and rate limits in front of ${spec.edgeDomain}`,
    ),
    resource(
      spec,
      'sentry',
      'sentry-project',
      `Sentry project of ${spec.name}`,
    ),
    resource(
      spec,
      'grafana',
      'grafana-dashboard',
      `Grafana dashboard, alert rules and SLOs of ${spec.name}`,
    ),
  ];
  const { kind, readReplica } = spec.database;
  if (kind !== 'none') {
    const engine = kind === 'neon' ? 'Neon' : 'AWS RDS';
    list.push(
      resource(spec, 'db', 'database', `${engine} PostgreSQL of ${spec.name}`),
    );
    if (readReplica) {
      list.push(
        resource(
          spec,
          'db-replica',
          'database',
          `${engine} read replica of ${spec.name}`,
          [`resource:${spec.name}-db`],
        ),
      );
    }
  }
  return list;
}

/** The autoscaling policy annotation of a Railway service. */
function autoscalingPolicy({ autoscaling: a }: ServiceSpec): string {
  return [
    `cpu=${a.cpuPercent}`,
    `memory=${a.memoryPercent}`,
    `p95=${a.p95LatencyMs}ms`,
    `min=${a.min}`,
    `max=${a.max}`,
    `up=${a.scaleUpCooldownSeconds}s`,
    `down=${a.scaleDownCooldownSeconds}s`,
  ].join(',');
}

/**
 * The catalog entities of a new agent service: its Component with every
 * annotation the portal's tabs read (SLOs, Errors, Costs, Autoscaling,
 * TechDocs runbooks), its API, and a Resource per provisioned piece of
 * infrastructure, each with the cost tags its bills will carry; the
 * Component depends on all of them.
 */
export function catalogEntities(
  spec: ServiceSpec,
  context: CatalogContext,
): Entity[] {
  const owned = resources(spec);
  const component: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: spec.name,
      ...(spec.title ? { title: spec.title } : {}),
      description: spec.description,
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'agent-platform.io/runbook-base': 'runbooks/',
        'grafana.com/slo-selector': `service=${spec.name}`,
        'grafana/dashboard-selector': `tags @> '${spec.name}'`,
        'sentry.io/project-slug': `${context.sentryOrganization}/${spec.name}`,
        'agent-platform.io/cost-tags': `service=${spec.name}`,
        'agent-platform.io/monthly-budget': context.monthlyBudget,
        ...(spec.hosting === 'kubernetes'
          ? {
              'backstage.io/kubernetes-id': spec.name,
              'backstage.io/kubernetes-namespace': context.kubernetesNamespace,
            }
          : {
              'agent-platform.io/autoscaling-policy': autoscalingPolicy(spec),
            }),
      },
      tags: ['agent', spec.agentType, spec.hosting],
      links: [
        { url: `https://${spec.edgeDomain}`, title: 'Service', icon: 'web' },
      ],
    },
    spec: {
      type: 'service',
      lifecycle: 'experimental',
      owner: spec.owner,
      ...(spec.system ? { system: spec.system } : {}),
      providesApis: [`${spec.name}-api`],
      dependsOn: [
        ...owned.map(r => `resource:${r.metadata.name}`),
        ...(spec.hosting === 'kubernetes' && context.kubernetesCluster
          ? [context.kubernetesCluster]
          : []),
      ],
    },
  };
  const api: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name: `${spec.name}-api`,
      description: `The ${spec.agentType} agent API of ${spec.name}`,
    },
    spec: {
      type: 'openapi',
      lifecycle: 'experimental',
      owner: spec.owner,
      ...(spec.system ? { system: spec.system } : {}),
      definition: openApi(spec),
    },
  };
  return [component, api, ...owned];
}

/** The service's OpenAPI document: health, metrics and the agent's invoke endpoint. */
function openApi(spec: ServiceSpec): string {
  return JSON.stringify(
    {
      openapi: '3.0.3',
      info: { title: `${spec.name} API`, version: '1.0.0' },
      servers: [{ url: `https://${spec.edgeDomain}` }],
      paths: {
        '/health': { get: { responses: { 200: { description: 'Healthy' } } } },
        '/metrics': {
          get: { responses: { 200: { description: 'Prometheus metrics' } } },
        },
        '/v1/invoke': {
          post: {
            summary: `Invokes the ${spec.agentType} agent`,
            responses: {
              200: { description: 'The agent run' },
              400: { description: 'Bad input' },
              429: { description: 'Over quota' },
            },
          },
        },
      },
    },
    null,
    2,
  );
}
