import { ServiceSpec } from '../service/serviceSpec';
import { Prices } from './prices';

/** One priced piece of the estimate. */
export interface EstimateLine {
  /** The catalog Resource it is, e.g. `orders-agent-db` */
  resource: string;
  item: string;
  /** USD a month at the minimum replicas */
  monthly: number;
  /** USD a month at the maximum replicas */
  monthlyAtMax: number;
}

/** A month of the chosen infrastructure, priced. */
export interface CostEstimate {
  lines: EstimateLine[];
  /** At the minimum replicas: the default monthly budget */
  monthly: number;
  monthlyAtMax: number;
}

/** To the cent, as money is shown. */
const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * The monthly cost of a new agent service's infrastructure at list prices:
 * its hosting per replica (at the autoscaling minimum and maximum), its
 * database and replica, the Cloudflare zone, Grafana and Sentry. Each line
 * names the catalog Resource it becomes.
 */
export function costEstimate(spec: ServiceSpec, prices: Prices): CostEstimate {
  const { min, max } = spec.autoscaling;
  const line = (
    suffix: string,
    item: string,
    each: number,
    scaled = false,
  ): EstimateLine => ({
    resource: `${spec.name}-${suffix}`,
    item,
    monthly: cents(each * (scaled ? min : 1)),
    monthlyAtMax: cents(each * (scaled ? max : 1)),
  });
  const lines = [
    spec.hosting === 'railway'
      ? line(
          'railway',
          `Railway instances (${min}–${max})`,
          prices.railwayInstance,
          true,
        )
      : line(
          'workload',
          `Kubernetes replicas (${min}–${max})`,
          prices.kubernetesReplica,
          true,
        ),
    line(
      'edge',
      'Cloudflare Pro zone (WAF, rate limiting)',
      prices.cloudflareZone,
    ),
    line('grafana', 'Grafana Cloud dashboard, alerts and SLOs', prices.grafana),
    line('sentry', 'Sentry project', prices.sentry),
  ];
  const { kind, readReplica } = spec.database;
  if (kind === 'neon') {
    lines.push(line('db', 'Neon PostgreSQL', prices.neonPrimary));
    if (readReplica)
      lines.push(line('db-replica', 'Neon read replica', prices.neonReplica));
  }
  if (kind === 'rds') {
    lines.push(
      line('db', 'AWS RDS PostgreSQL (db.t4g.micro)', prices.rdsInstance),
    );
    if (readReplica) {
      lines.push(
        line('db-replica', 'AWS RDS read replica', prices.rdsInstance),
      );
    }
  }
  return {
    lines,
    monthly: cents(lines.reduce((sum, l) => sum + l.monthly, 0)),
    monthlyAtMax: cents(lines.reduce((sum, l) => sum + l.monthlyAtMax, 0)),
  };
}
