/**
 * `agent-platform.io/monthly-budget` of each demo service, in USD, as
 * `catalog/services/<service>/catalog-info.yaml` sets it (a test reads the
 * files and compares). Each service carries `agent-platform.io/cost-tags:
 * service=<service>`, so rows tagged `{"service":"<service>"}` count
 * against its budget.
 */
export const SANDBOX_MONTHLY_BUDGETS: Readonly<Record<string, string>> = {
  'opportunity-agent': '40',
  'target-agent': '40',
  'realization-agent': '40',
  'expansion-agent': '40',
  'integrity-agent': '40',
  orchestrator: '80',
  'api-gateway': '120',
  'inventory-backend': '30',
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
