import { Config } from '@backstage/config';

/** Monthly list prices in USD the estimate uses; `agentService.prices` overrides each. */
export interface Prices {
  /** A Railway service instance (hobby plan with usage) */
  railwayInstance: number;
  /** One replica's share of the cluster's nodes (0.5 vCPU of an m6i.large at $0.096/h) */
  kubernetesReplica: number;
  /** Neon's free plan primary */
  neonPrimary: number;
  /** A Neon read replica (Launch plan compute) */
  neonReplica: number;
  /** RDS db.t4g.micro ($0.016/h) with 20 GB gp3 ($0.115/GB-month) */
  rdsInstance: number;
  /** Cloudflare Pro, for the WAF managed rules */
  cloudflareZone: number;
  /** Grafana Cloud free tier */
  grafana: number;
  /** Sentry developer plan */
  sentry: number;
}

/** The seed stack's figures (upstream-apis.md, "Seed figures"). */
export const DEFAULT_PRICES: Prices = {
  railwayInstance: 10,
  kubernetesReplica: 17.52,
  neonPrimary: 0,
  neonReplica: 5,
  rdsInstance: 13.98,
  cloudflareZone: 20,
  grafana: 0,
  sentry: 0,
};

/** `agentService.prices` over the defaults; a negative or non-finite price is refused. */
export function readPrices(config: Config): Prices {
  const prices = { ...DEFAULT_PRICES };
  const section = config.getOptionalConfig('agentService.prices');
  for (const key of Object.keys(prices) as Array<keyof Prices>) {
    const value = section?.getOptionalNumber(key);
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(
        `agentService.prices.${key} must be 0 or more, not ${value}`,
      );
    }
    prices[key] = value;
  }
  return prices;
}
