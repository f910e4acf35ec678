import { ServiceSpec } from '../service/serviceSpec';

/** The environments a service is applied to, each with its own state. */
export const ENVIRONMENTS = ['dev', 'staging', 'production'] as const;

export type Environment = (typeof ENVIRONMENTS)[number];

/** What differs between a service's environments. */
export interface EnvironmentValues {
  /** Production at the chosen domain; `orders-staging.agents.example.com` elsewhere. */
  hostname: string;
  replicasMin: number;
  replicasMax: number;
  /** The read replica, when chosen, in production only. */
  databaseReadReplica: boolean;
  /** SLOs and their burn-rate alerts in production only. */
  sloEnabled: boolean;
}

/**
 * The values of one environment: production as chosen; staging mirrors
 * its scaling so the load test means something, without the replica;
 * dev is one replica. Hostnames keep the domain's depth, so the zone's
 * certificate covers every environment.
 */
export function environmentValues(
  spec: ServiceSpec,
  environment: Environment,
): EnvironmentValues {
  const production = environment === 'production';
  const [label, ...rest] = spec.edgeDomain.split('.');
  return {
    hostname: production
      ? spec.edgeDomain
      : [`${label}-${environment}`, ...rest].join('.'),
    replicasMin: environment === 'dev' ? 1 : spec.autoscaling.min,
    replicasMax: environment === 'dev' ? 1 : spec.autoscaling.max,
    databaseReadReplica: production && spec.database.readReplica,
    sloEnabled: production,
  };
}
