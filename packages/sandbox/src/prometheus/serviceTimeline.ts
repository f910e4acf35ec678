import { hashString, mulberry32 } from '../random';
import { DemoService } from '../services';
import { Incident, IncidentEffect } from './incidents';
import {
  bucketCounts,
  LATENCY_BUCKETS,
  LatencyDistribution,
  meanSeconds,
  p95Seconds,
} from './latency';
import {
  hpaDesiredReplicas,
  HpaState,
  railwayNextState,
  RailwayState,
} from './scaling';
import { trafficShare } from './traffic';

/** Everything the sandbox records about one service, one value per sample time. */
export interface ServiceTimeline {
  service: DemoService;
  /** Work-route request counters by status code. */
  workRequests: Map<string, Float64Array>;
  healthRequests: Float64Array;
  /** Cumulative latency buckets of the work route, one per bound and `+Inf` last. */
  latencyBuckets: Float64Array[];
  latencySum: Float64Array;
  /** Services with a compute profile: CPU seconds used (counter) and working set. */
  cpuSeconds?: Float64Array;
  memoryBytes?: Float64Array;
  /** Autoscaled services: HPA current replicas, or Railway instances. */
  replicas?: Float64Array;
  /** HPA services: the replicas the HPA asks for. */
  desiredReplicas?: Float64Array;
}

const SIGMA = 0.45;
const CLIENT_ERROR_RATIO = 0.012;
/** Share of work-route requests answered 500 outside incidents (before noise). */
export const SERVER_ERROR_RATIO = 0.0015;
const RATE_LIMITED_RATIO = 0.002;
const RATE_LIMITED_RATIO_IN_SURGE = 0.03;

/** Health probes per second and replica (Kubernetes: liveness + readiness). */
const HEALTH_RPS: Record<DemoService['platform'], number> = {
  kubernetes: 0.2,
  railway: 0.1,
  vercel: 1 / 60,
};

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Queueing: latency grows once CPU utilization passes 70 %. */
function loadFactor(cpuUtilization: number): number {
  const busy = Math.max(0, Math.min(cpuUtilization, 1.5) - 0.7);
  return 1 + 3 * busy * busy;
}

function effectOf<K extends IncidentEffect['kind']>(
  active: Incident[],
  kind: K,
): Extract<IncidentEffect, { kind: K }> | undefined {
  return active
    .map(incident => incident.effect)
    .find(
      (effect): effect is Extract<IncidentEffect, { kind: K }> =>
        effect.kind === kind,
    );
}

/** Requests per second a surge forces at `time`, ramps included; 0 outside. */
export function surgeRps(active: Incident[], time: number): number {
  let rps = 0;
  for (const { effect, start, end } of active) {
    if (effect.kind === 'traffic-surge') {
      const ramp = Math.min(
        (time - start) / effect.rampSeconds,
        (end - time) / effect.rampSeconds,
        1,
      );
      rps = Math.max(rps, effect.requestsPerSecond * ramp);
    }
  }
  return rps;
}

/**
 * Simulates one service over the sample times. Sample `i` reports the interval
 * (`times[i-1]`, `times[i]`]; counters start at 0 on the first sample and an
 * incident applies to an interval whose midpoint falls inside it.
 */
export function simulateService(
  service: DemoService,
  times: readonly number[],
  incidents: readonly Incident[],
  seed: number,
): ServiceTimeline {
  const random = mulberry32(hashString(`${seed}/${service.name}`));
  const noise = (amplitude: number) =>
    1 + amplitude * (random() + random() - 1);
  const own = incidents.filter(incident => incident.service === service.name);
  const { compute, autoscaling } = service;
  const count = times.length;

  const codes = service.rateLimited
    ? ['200', '400', '429', '500']
    : ['200', '400', '500'];
  const series = () => new Float64Array(count);
  const requestValues = codes.map(series);
  const healthValues = series();
  const bucketValues = [...LATENCY_BUCKETS, Infinity].map(series);
  const sumValues = series();
  const cpuValues = series();
  const memoryValues = series();
  const replicaValues = series();
  const desiredValues = series();

  const requestTotals = codes.map(() => 0);
  let healthTotal = 0;
  const bucketTotals = bucketValues.map(() => 0);
  let latencySum = 0;
  let cpuSeconds = 0;
  let hpa: HpaState = {
    replicas: autoscaling?.kind === 'hpa' ? autoscaling.minReplicas : 1,
    recommendations: [],
  };
  let railway: RailwayState = {
    instances: autoscaling?.kind === 'railway' ? autoscaling.minInstances : 1,
    lastScaleTime: -Infinity,
  };

  for (let i = 0; i < count; i++) {
    const time = times[i];
    const seconds = i === 0 ? 0 : time - times[i - 1];
    const midpoint = time - seconds / 2;
    const active = own.filter(
      incident => midpoint >= incident.start && midpoint < incident.end,
    );
    const replicas =
      autoscaling?.kind === 'railway' ? railway.instances : hpa.replicas;

    const surge = surgeRps(active, midpoint);
    const rps = Math.max(
      service.peakRps * trafficShare(midpoint) * noise(0.06),
      surge,
    );

    let cpuUtilization = 0;
    let memoryUtilization = 0;
    if (compute) {
      const cores =
        replicas * compute.idleCoresPerReplica +
        compute.coresPerRequestPerSecond * rps * noise(0.05) +
        (effectOf(active, 'cpu-spike')?.extraCores ?? 0);
      const memory =
        (replicas * compute.memoryBytesPerReplica +
          compute.memoryBytesPerRequestPerSecond * rps) *
        noise(0.02);
      cpuUtilization = cores / (replicas * compute.cpuRequestCores);
      memoryUtilization = memory / (replicas * compute.memoryRequestBytes);
      cpuSeconds += cores * seconds;
      cpuValues[i] = round3(cpuSeconds);
      memoryValues[i] = Math.round(memory);
    }

    const regression = effectOf(active, 'latency-regression');
    const latency: LatencyDistribution = regression
      ? {
          medianSeconds: regression.medianSeconds * noise(0.08),
          sigma: regression.sigma,
        }
      : {
          medianSeconds:
            service.medianLatencySeconds *
            loadFactor(cpuUtilization) *
            noise(0.08),
          sigma: SIGMA,
        };

    const requests = Math.round(rps * seconds);
    const burst = effectOf(active, 'error-burst');
    const serverErrorRatio = burst
      ? burst.serverErrorRatio.min +
        (burst.serverErrorRatio.max - burst.serverErrorRatio.min) * random()
      : SERVER_ERROR_RATIO * noise(0.5);
    const errors: Record<string, number> = {
      '400': Math.round(requests * CLIENT_ERROR_RATIO * noise(0.3)),
      '500': Math.round(requests * serverErrorRatio),
    };
    if (service.rateLimited) {
      const ratio =
        surge > 0 ? RATE_LIMITED_RATIO_IN_SURGE : RATE_LIMITED_RATIO;
      errors['429'] = Math.round(requests * ratio * noise(0.3));
    }
    const ok = requests - Object.values(errors).reduce((a, b) => a + b, 0);
    codes.forEach((code, c) => {
      requestTotals[c] += errors[code] ?? ok;
      requestValues[c][i] = requestTotals[c];
    });
    healthTotal += Math.round(
      HEALTH_RPS[service.platform] * (autoscaling ? replicas : 1) * seconds,
    );
    healthValues[i] = healthTotal;

    const buckets = [...bucketCounts(latency, requests), requests];
    buckets.forEach((value, b) => {
      bucketTotals[b] += value;
      bucketValues[b][i] = bucketTotals[b];
    });
    latencySum += requests * meanSeconds(latency);
    sumValues[i] = round3(latencySum);

    if (autoscaling?.kind === 'hpa') {
      replicaValues[i] = hpa.replicas;
      const next = hpaDesiredReplicas(autoscaling, hpa, time, {
        cpuUtilization,
        memoryUtilization,
      });
      desiredValues[i] = next.desired;
      hpa = next.state;
    } else if (autoscaling?.kind === 'railway') {
      replicaValues[i] = railway.instances;
      railway = railwayNextState(autoscaling, railway, time, {
        cpuUtilization,
        memoryUtilization,
        p95Seconds: p95Seconds(latency),
      });
    }
  }

  return {
    service,
    workRequests: new Map(codes.map((code, c) => [code, requestValues[c]])),
    healthRequests: healthValues,
    latencyBuckets: bucketValues,
    latencySum: sumValues,
    ...(compute ? { cpuSeconds: cpuValues, memoryBytes: memoryValues } : {}),
    ...(autoscaling ? { replicas: replicaValues } : {}),
    ...(autoscaling?.kind === 'hpa' ? { desiredReplicas: desiredValues } : {}),
  };
}
