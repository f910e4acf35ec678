import { Incident } from '../prometheus/incidents';
import { surgeRps } from '../prometheus/serviceTimeline';
import { trafficShare } from '../prometheus/traffic';
import { hashString, mulberry32 } from '../random';
import { DEMO_SERVICES, DemoService } from '../services';
import { DAY_SECONDS } from './calendar';
import { FOCUS_STORY } from './story';

/** The model steps in quarter-hours, evaluated at their midpoints. */
const STEP_SECONDS = 900;
const STEPS_PER_DAY = DAY_SECONDS / STEP_SECONDS;
const STEP_HOURS = STEP_SECONDS / 3600;

/**
 * The EKS managed node group agents-general (`catalog/resources/agent-platform.yaml`):
 * m6i.large nodes, 3–9 of them. Cluster-autoscaler adds nodes when the pods'
 * CPU requests no longer fit. It cannot take them away again before the
 * nightly redeploy: api-gateway's pods keep a response cache in an emptyDir
 * volume, and cluster-autoscaler does not evict pods with local storage.
 */
export const NODE_GROUP = {
  minNodes: 3,
  maxNodes: 9,
  /** CPU a m6i.large offers pods, after the kubelet's reservation */
  allocatableCores: 1.93,
  /** CPU requested by kube-system (CoreDNS, metrics-server, cluster-autoscaler, …) */
  systemCores: 0.5,
  /** The nightly redeploy (UTC hour) after which extra nodes can go */
  redeployHourUtc: 2,
} as const;

/** Traffic a year before the current month is this much lower. */
const YEARLY_GROWTH = 0.2;
/** Each service's traffic varies by up to ± half of this from day to day. */
const DAILY_VARIATION = 0.12;

/** How an agent that calls the model provider (its docs say which) uses it. */
export interface ModelUse {
  /** Share of invocations that call the model (the rest hit the agent's caches) */
  callShare: number;
  inputTokensPerCall: number;
  outputTokensPerCall: number;
}

/** The agents that call the model provider, Amazon Bedrock. */
export const MODEL_USE: Readonly<Record<string, ModelUse>> = {
  'opportunity-agent': {
    callShare: 0.012,
    inputTokensPerCall: 2000,
    outputTokensPerCall: 400,
  },
  'target-agent': {
    callShare: 0.012,
    inputTokensPerCall: 1600,
    outputTokensPerCall: 300,
  },
  'expansion-agent': {
    callShare: 0.015,
    inputTokensPerCall: 4000,
    outputTokensPerCall: 700,
  },
};

/** A call of the spike's loop re-sends a grown context. */
const LOOP_CALL = { inputTokens: 6000, outputTokens: 900 };

/** One service's usage over one UTC day. */
export interface ServiceDayUsage {
  /** Work-route requests */
  requests: number;
  /** Replica-hours (Kubernetes) or instance-hours (Railway) */
  replicaHours: number;
  /** Node-hours cluster-autoscaler added to agents-general for this service's pods */
  addedNodeHours: number;
  /** Core-hours used (Railway bills what is used) */
  usedCoreHours: number;
  /** GB-hours of memory used (Railway) */
  usedMemoryGbHours: number;
  /** Amazon Bedrock calls and tokens */
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** Hours with traffic at 70 % of the weekday peak or more */
  busyHours: number;
}

/** Everything the charges of one UTC day are computed from. */
export interface DayUsage {
  /** Day number since 1970-01-01 */
  day: number;
  services: Record<string, ServiceDayUsage>;
  /** Node-hours of agents-general */
  nodeHours: number;
}

export interface UsageOptions {
  seed: number;
  /** Day numbers, inclusive */
  firstDay: number;
  lastDay: number;
  /** The first day of the current month: traffic grows towards it */
  referenceDay: number;
  /** The Prometheus history's incidents (`incidentsFor(end)`) */
  incidents: readonly Incident[];
  /** The story's runaway loop, unix seconds */
  spike?: { service: string; start: number; end: number };
}

function emptyDay(): ServiceDayUsage {
  return {
    requests: 0,
    replicaHours: 0,
    addedNodeHours: 0,
    usedCoreHours: 0,
    usedMemoryGbHours: 0,
    modelCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    busyHours: 0,
  };
}

const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, value));

/**
 * Replicas an HPA keeps for `rps`: enough that CPU per replica stays at its
 * target share of the request (the HPA rule without its tolerance and
 * stabilization, which matter little over a quarter-hour).
 */
export function hpaReplicasFor(service: DemoService, rps: number): number {
  const { compute, autoscaling } = service;
  if (!compute || autoscaling?.kind !== 'hpa') {
    throw new Error(`${service.name} is not scaled by an HPA`);
  }
  const perReplica =
    autoscaling.cpuTarget * compute.cpuRequestCores -
    compute.idleCoresPerReplica;
  return clamp(
    Math.ceil((compute.coresPerRequestPerSecond * rps) / perReplica),
    autoscaling.minReplicas,
    autoscaling.maxReplicas,
  );
}

/** Railway instances for a CPU load, by the policy's scale-up threshold (cooldowns left out). */
export function railwayInstancesFor(
  service: DemoService,
  busyCores: number,
): number {
  const { compute, autoscaling } = service;
  if (!compute || autoscaling?.kind !== 'railway') {
    throw new Error(`${service.name} is not scaled by Railway`);
  }
  const perInstance =
    autoscaling.scaleUp.cpu * compute.cpuRequestCores -
    compute.idleCoresPerReplica;
  return clamp(
    Math.ceil(busyCores / perInstance),
    autoscaling.minInstances,
    autoscaling.maxInstances,
  );
}

/** The traffic level of a service on a day relative to its normal: growth and a seeded daily variation. */
export function dailyTrafficFactor(
  seed: number,
  service: string,
  day: number,
  referenceDay: number,
): number {
  const growth = 1 - (YEARLY_GROWTH * (referenceDay - day)) / 365;
  const random = mulberry32(hashString(`${seed}/focus/${service}/${day}`));
  return growth * (1 + DAILY_VARIATION * (random() - 0.5));
}

interface NodeDemand {
  nodes: number;
  /** CPU each service requests above its minimum replicas */
  excess: Array<[service: string, cores: number]>;
}

/**
 * The demo services' usage day by day, in quarter-hours: the traffic shape
 * of the Prometheus history (`trafficShare`, its surges) grown over the
 * year and varied by day, replicas by the HPA rule and Railway's policy,
 * the node group sized to the pods' CPU requests, the CPU spike's extra
 * cores, the model calls of the agents that make them, and the story's
 * runaway loop. Deterministic for the options.
 */
export function simulateUsage(options: UsageOptions): DayUsage[] {
  const { seed, firstDay, lastDay, referenceDay, incidents, spike } = options;
  const own = new Map(
    DEMO_SERVICES.map(s => [
      s.name,
      incidents.filter(incident => incident.service === s.name),
    ]),
  );
  // the largest demand since the last redeploy: it explains the nodes running
  let held: NodeDemand = { nodes: NODE_GROUP.minNodes, excess: [] };
  const days: DayUsage[] = [];

  for (let day = firstDay; day <= lastDay; day++) {
    const services: Record<string, ServiceDayUsage> = {};
    const factors = new Map<string, number>();
    for (const service of DEMO_SERVICES) {
      services[service.name] = emptyDay();
      factors.set(
        service.name,
        dailyTrafficFactor(seed, service.name, day, referenceDay),
      );
    }
    let nodeHours = 0;

    for (let step = 0; step < STEPS_PER_DAY; step++) {
      const time = day * DAY_SECONDS + step * STEP_SECONDS + STEP_SECONDS / 2;
      const share = trafficShare(time);
      const loopCallsPerHour =
        spike && time >= spike.start && time < spike.end
          ? FOCUS_STORY.spike.extraModelCallsPerHour
          : 0;
      let requestedCores = NODE_GROUP.systemCores;
      const excess: NodeDemand['excess'] = [];

      for (const service of DEMO_SERVICES) {
        const usage = services[service.name];
        const active = (own.get(service.name) ?? []).filter(
          i => time >= i.start && time < i.end,
        );
        const normalRps =
          service.peakRps * share * (factors.get(service.name) ?? 1);
        const loopRps =
          spike?.service === service.name ? loopCallsPerHour / 3600 : 0;
        const rps = Math.max(normalRps, surgeRps(active, time)) + loopRps;
        usage.requests += rps * STEP_SECONDS;
        if (normalRps >= 0.7 * service.peakRps) usage.busyHours += STEP_HOURS;

        const model = MODEL_USE[service.name];
        if (model) {
          const calls = (rps - loopRps) * STEP_SECONDS * model.callShare;
          const loopCalls =
            spike?.service === service.name ? loopCallsPerHour * STEP_HOURS : 0;
          usage.modelCalls += calls + loopCalls;
          usage.inputTokens +=
            calls * model.inputTokensPerCall +
            loopCalls * LOOP_CALL.inputTokens;
          usage.outputTokens +=
            calls * model.outputTokensPerCall +
            loopCalls * LOOP_CALL.outputTokens;
        }

        const { compute, autoscaling } = service;
        if (compute && autoscaling?.kind === 'hpa') {
          const replicas = hpaReplicasFor(service, rps);
          usage.replicaHours += replicas * STEP_HOURS;
          requestedCores += replicas * compute.cpuRequestCores;
          excess.push([
            service.name,
            (replicas - autoscaling.minReplicas) * compute.cpuRequestCores,
          ]);
        } else if (compute && autoscaling?.kind === 'railway') {
          const extraCores = active.reduce(
            (sum, i) =>
              i.effect.kind === 'cpu-spike' ? sum + i.effect.extraCores : sum,
            0,
          );
          const busyCores = compute.coresPerRequestPerSecond * rps + extraCores;
          const instances = railwayInstancesFor(service, busyCores);
          usage.replicaHours += instances * STEP_HOURS;
          usage.usedCoreHours +=
            (busyCores + instances * compute.idleCoresPerReplica) * STEP_HOURS;
          usage.usedMemoryGbHours +=
            ((instances * compute.memoryBytesPerReplica +
              rps * compute.memoryBytesPerRequestPerSecond) /
              1e9) *
            STEP_HOURS;
        }
      }

      // the node group: enough nodes for the requests, kept until the redeploy
      const demand: NodeDemand = {
        nodes: clamp(
          Math.ceil(requestedCores / NODE_GROUP.allocatableCores),
          NODE_GROUP.minNodes,
          NODE_GROUP.maxNodes,
        ),
        excess,
      };
      const redeploy = step === NODE_GROUP.redeployHourUtc / STEP_HOURS;
      if (redeploy || demand.nodes >= held.nodes) held = demand;
      nodeHours += held.nodes * STEP_HOURS;
      const added = held.nodes - NODE_GROUP.minNodes;
      const totalExcess = held.excess.reduce((sum, [, c]) => sum + c, 0);
      if (added > 0 && totalExcess > 0) {
        for (const [name, cores] of held.excess) {
          services[name].addedNodeHours +=
            (added * STEP_HOURS * cores) / totalExcess;
        }
      }
    }
    days.push({ day, services, nodeHours });
  }
  return days;
}
