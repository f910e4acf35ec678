export interface Config {
  /** The "New agent service" template's actions. */
  agentService?: {
    sentry?: {
      /** The Sentry organization of new projects. Default `errors.sentry.organization`. */
      organization?: string;
    };
    kubernetes?: {
      /** The namespace of the platform's services. Default `agents`. */
      namespace?: string;
      /** The cluster Resource a Kubernetes-hosted service depends on, e.g. `resource:default/agents-eks-cluster`. */
      clusterResource?: string;
    };
    pipeline?: {
      /** Pins over the defaults: each action at a full 40-hex commit SHA. */
      actions?: Array<{ action: string; sha: string; version: string }>;
    };
    /** Monthly list prices in USD for the cost estimate; each overrides its default. */
    prices?: {
      railwayInstance?: number;
      kubernetesReplica?: number;
      neonPrimary?: number;
      neonReplica?: number;
      rdsInstance?: number;
      cloudflareZone?: number;
      grafana?: number;
      sentry?: number;
    };
  };
}
