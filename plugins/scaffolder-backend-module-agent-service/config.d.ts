export interface Config {
  /** The "New agent service" template's actions. */
  agentService?: {
    sentry?: {
      /** The Sentry organization of new projects. Default `errors.sentry.organization`. */
      organization?: string;
    };
    kubernetes?: {
      /** The namespace of the platform's services in production (`<namespace>-dev`, `-staging` elsewhere). Default `agents`. */
      namespace?: string;
      /** The cluster Resource a Kubernetes-hosted service depends on, e.g. `resource:default/agents-eks-cluster`. */
      clusterResource?: string;
      /** The ingress class of the services' Ingresses. Default `nginx`. */
      ingressClassName?: string;
      /** The public host name of the ingress controller's load balancer: where the edge's CNAME points. */
      ingressOriginHostname?: string;
    };
    /** The Railway project of Railway-hosted services. */
    railway?: {
      projectId?: string;
      /** The region of the services' replicas, e.g. `us-east4-eqdc4a`. */
      region?: string;
      /** The Railway environment of each of the services' environments. */
      environmentIds?: { dev?: string; staging?: string; production?: string };
    };
    /** The Cloudflare zone of the services' host names. */
    cloudflare?: {
      zoneId?: string;
      /**
       * Whether each service has a zone of its own: then its production
       * state manages the zone's WAF, rate limiting and TLS settings.
       * Default false: the platform manages them once for the shared zone.
       */
      zonePerService?: boolean;
    };
    /** The Prometheus data source of the services' dashboards, alerts and SLOs. */
    grafana?: { datasourceUid?: string };
    /** Neon databases. */
    neon?: {
      /** Default `aws-us-east-2`. */
      region?: string;
    };
    /** RDS databases. */
    aws?: {
      region?: string;
      rdsSubnetGroupName?: string;
      rdsSecurityGroupIds?: string[];
    };
    /** The local target: publishing on the portal's host, for portals without GitHub. */
    localTarget?: {
      /** Each service is copied to `<directory>/<name>`; a catalog location must read `<directory>/*\/catalog-info.yaml`. */
      directory?: string;
    };
    terraform?: {
      /**
       * The released module library, e.g. `git::https://github.com/acme/platform.git//terraform-modules?ref=v1.4.0`:
       * each module is its subdirectory. Without it the modules are vendored into `infra/modules/`.
       */
      moduleSource?: string;
      /** The library's directory on the portal's host (`templates/terraform-modules`): vendored from, and the module calls checked against. */
      moduleLibrary?: string;
      /** The S3 remote state; each environment's key is given at `terraform init`. */
      state?: { bucket?: string; region?: string };
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
