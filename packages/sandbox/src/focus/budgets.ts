/**
 * `agent-platform.io/monthly-budget` of each demo service, in USD, as
 * `catalog/services/<service>/catalog-info.yaml` sets it (a test reads the
 * files and compares). Each service carries `agent-platform.io/cost-tags:
 * service=<service>`, so rows tagged `{"service":"<service>"}` count
 * against its budget, and so does its share of the Resources it depends on
 * (see {@link SANDBOX_SERVICE_DEPENDENCIES}) and its staging copy's
 * OpenCost allocations (label `app=<service>`): the portal's roll-up.
 * Sized so that a whole month of that roll-up is about 60–75 % of the
 * budget (inventory-frontend's, left at 20 for its story, about a third),
 * except where the story says otherwise (`FOCUS_STORY`).
 */
export const SANDBOX_MONTHLY_BUDGETS: Readonly<Record<string, string>> = {
  'opportunity-agent': '130',
  'target-agent': '120',
  'realization-agent': '190',
  'expansion-agent': '130',
  'integrity-agent': '190',
  orchestrator: '170',
  'api-gateway': '230',
  'inventory-backend': '35',
  'inventory-frontend': '20',
};

/**
 * The catalog Resources the files charge, by their `agent-platform.io/cost-tags:
 * resource=<name>` (`catalog/resources/*.yaml`); rows tagged
 * `{"resource":"<name>"}` are theirs.
 */
export const SANDBOX_COST_RESOURCES: readonly string[] = [
  'agent-platform-db',
  'agent-platform-db-replica',
  'agent-platform-redis',
  'agents-eks-cluster',
  'agent-platform-cloudflare-zone',
  'inventory-cloudflare-zone',
  'inventory-railway-service',
  'inventory-neon-db',
  'inventory-neon-db-replica',
  'grafana-stack',
  'sentry-org',
  'backup-bucket',
];

/**
 * The Resources each demo service lists in `spec.dependsOn`
 * (`catalog/services/<service>/catalog-info.yaml`, `resource:<name>`), in
 * the catalog's order. The portal adds a share of each one's spend to the
 * service's: the Resource's spend ÷ its {@link SANDBOX_RESOURCE_DEPENDENTS}.
 */
export const SANDBOX_SERVICE_DEPENDENCIES: Readonly<
  Record<string, readonly string[]>
> = {
  'opportunity-agent': [
    'agents-eks-cluster',
    'agent-platform-db',
    'agent-platform-redis',
  ],
  'target-agent': [
    'agents-eks-cluster',
    'agent-platform-db',
    'agent-platform-redis',
  ],
  'realization-agent': [
    'agents-eks-cluster',
    'agent-platform-db',
    'agent-platform-redis',
    'agent-platform-db-replica',
  ],
  'expansion-agent': [
    'agents-eks-cluster',
    'agent-platform-db',
    'agent-platform-redis',
  ],
  'integrity-agent': [
    'agents-eks-cluster',
    'agent-platform-db',
    'agent-platform-redis',
    'agent-platform-db-replica',
  ],
  orchestrator: [
    'agents-eks-cluster',
    'agent-platform-db',
    'agent-platform-redis',
  ],
  'api-gateway': [
    'agents-eks-cluster',
    'agent-platform-cloudflare-zone',
    'agent-platform-db',
    'agent-platform-redis',
  ],
  'inventory-backend': [
    'inventory-railway-service',
    'inventory-neon-db',
    'inventory-neon-db-replica',
    'inventory-cloudflare-zone',
  ],
  'inventory-frontend': ['inventory-cloudflare-zone'],
};

/**
 * N, what the portal divides each Resource's spend by to share it: its
 * `dependencyOf` relations, i.e. how many catalog entities of any kind
 * (Components and Resources) list it in `spec.dependsOn`, at least 1.
 * Every Resource in {@link SANDBOX_COST_RESOURCES}; e.g. the EKS cluster
 * is shared by the seven agent-platform services and the Cloudflare zone
 * in front of it.
 */
export const SANDBOX_RESOURCE_DEPENDENTS: Readonly<Record<string, number>> = {
  'agent-platform-db': 8,
  'agent-platform-db-replica': 2,
  'agent-platform-redis': 7,
  'agents-eks-cluster': 8,
  'agent-platform-cloudflare-zone': 1,
  'inventory-cloudflare-zone': 2,
  'inventory-railway-service': 2,
  'inventory-neon-db': 2,
  'inventory-neon-db-replica': 1,
  'grafana-stack': 1,
  'sentry-org': 1,
  'backup-bucket': 1,
};
