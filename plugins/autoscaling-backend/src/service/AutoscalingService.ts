import { LoggerService, CacheService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AUTOSCALING_POLICY_ANNOTATION,
  AutoscalingHistoryResponse,
  AutoscalingProblem,
  parseAutoscalingPolicy,
  ScalingEvent,
  ScalingEventsResponse,
  Workload,
  WorkloadsResponse,
} from '@internal/plugin-autoscaling-common';
import { KubernetesClient } from '../providers/KubernetesClient';
import { ScalingEventStore } from '../database/ScalingEventStore';
import { Hpa } from '../providers/kubernetesSchemas';
import { LastGoodCache, PrometheusClient } from '@internal/backend-kit';
import { describeSelector, hpaSelector } from './hpaSelector';
import { fillQuery } from './fillQuery';
import { historyRange } from './historyRange';
import { mergeEvents } from './mergeEvents';
import { readSeries } from './readSeries';
import { HistoryQueries, workloadQueries } from './workloadQueries';
import { readPolicyReadings } from './readPolicyReadings';
import { toScalingEvent } from './rescaleEvent';
import { toPolicyWorkload } from './toPolicyWorkload';
import { toWorkload } from './toWorkload';

/** What the service asks of one cluster. */
export type KubernetesApi = Pick<
  KubernetesClient,
  'name' | 'listHpas' | 'listHpaEvents'
>;

/** What the service asks of Prometheus. */
export type PrometheusApi = Pick<PrometheusClient, 'query' | 'queryRange'>;

/**
 * An entity's autoscaled workloads: HPAs from every configured cluster in
 * parallel, and the policy workload of `agent-platform.io/autoscaling-policy`
 * from Prometheus. Each source's answer is reused for `freshMs`; when a
 * source fails its last good answer is served (`stale: true`) with the
 * error, so one failing cluster never hides the others.
 */
export class AutoscalingService {
  private readonly lastGood: LastGoodCache;

  constructor(
    private readonly options: {
      clusters: KubernetesApi[];
      prometheus: PrometheusApi;
      queries: HistoryQueries;
      store: ScalingEventStore;
      cache: CacheService;
      logger: LoggerService;
      freshMs: number;
      now?: () => number;
    },
  ) {
    this.lastGood = new LastGoodCache({
      cache: options.cache,
      freshMs: options.freshMs,
      now: options.now,
    });
  }

  async workloads(entity: Entity): Promise<WorkloadsResponse> {
    const now = this.now();
    const answers = await Promise.all([
      ...this.hpaSources(entity).map(async ({ cluster, lookedFor, hpas }) => {
        const answer = await hpas();
        return {
          ...answer,
          lookedFor,
          workloads: (answer.value ?? []).map(hpa =>
            toWorkload(hpa, cluster, now),
          ),
        };
      }),
      this.policyWorkload(entity, now),
    ]);
    return {
      entityRef: stringifyEntityRef(entity),
      workloads: answers.flatMap(a => a.workloads),
      stale: answers.some(a => a.stale),
      lookedFor: answers.flatMap(a => a.lookedFor),
      errors: answers.flatMap(a => a.errors),
    };
  }

  /**
   * The entity's replica changes from `from` to `to` (ms), newest first:
   * the HPAs' live `SuccessfulRescale` events merged with the recorded ones.
   */
  async events(
    entity: Entity,
    from: number,
    to: number,
  ): Promise<ScalingEventsResponse> {
    const entityRef = stringifyEntityRef(entity);
    const [live, recorded] = await Promise.all([
      this.liveEvents(entity),
      this.options.store.list(entityRef, from, to),
    ]);
    const inRange = live.events.filter(e => {
      const time = Date.parse(e.time);
      return time >= from && time <= to;
    });
    return {
      entityRef,
      events: mergeEvents([...inRange, ...recorded]),
      errors: live.errors,
    };
  }

  /** The `SuccessfulRescale` events Kubernetes still keeps (about an hour) of the entity's HPAs. */
  async liveEvents(
    entity: Entity,
  ): Promise<{ events: ScalingEvent[]; errors: AutoscalingProblem[] }> {
    const answers = await Promise.all(
      this.hpaSources(entity).map(async ({ cluster, client, hpas }) => {
        const { value, errors } = await hpas();
        const lists = await Promise.all(
          (value ?? []).map(async hpa => {
            const workload = {
              name: hpa.metadata.name,
              namespace: hpa.metadata.namespace,
              cluster,
              maxReplicas: hpa.spec.maxReplicas,
            };
            try {
              const events = await client.listHpaEvents(
                workload.namespace,
                workload.name,
              );
              return events
                .map(e => toScalingEvent(e, workload))
                .filter((e): e is ScalingEvent => e !== undefined);
            } catch (e) {
              errors.push(this.problem(`cluster ${cluster}`, e));
              return [];
            }
          }),
        );
        return { events: lists.flat(), errors };
      }),
    );
    return {
      events: answers.flatMap(a => a.events),
      errors: answers.flatMap(a => a.errors),
    };
  }

  /**
   * Each workload's replicas and metrics from `from` to `to` (ms), about
   * `HISTORY_POINTS` points per series.
   */
  async history(
    entity: Entity,
    from: number,
    to: number,
  ): Promise<AutoscalingHistoryResponse> {
    const { entityRef, workloads, errors } = await this.workloads(entity);
    const range = historyRange(from, to);
    const answers = await Promise.all(
      workloads.map(workload =>
        readSeries(
          this.options.prometheus,
          workload.name,
          workloadQueries(workload, entity.metadata.name, this.options.queries),
          range,
        ),
      ),
    );
    return {
      entityRef,
      from: new Date(range.start * 1000).toISOString(),
      to: new Date(range.end * 1000).toISOString(),
      stepSeconds: range.stepSeconds,
      series: answers.flatMap(a => a.series),
      errors: [...errors, ...answers.flatMap(a => a.errors)],
    };
  }

  /** Each cluster's HPA list for the entity, through the last-good cache. */
  private hpaSources(entity: Entity) {
    const selector = hpaSelector(entity);
    if (!selector) return [];
    return this.options.clusters.map(client => ({
      cluster: client.name,
      client,
      lookedFor: [describeSelector(selector, client.name)],
      hpas: async () => {
        const { value, error } = await this.lastGood.get<Hpa[]>(
          `hpas:${client.name}:${selector.namespace ?? '*'}:${
            selector.labelSelector
          }`,
          () => client.listHpas(selector.namespace, selector.labelSelector),
        );
        const source = `cluster ${client.name}`;
        return {
          value,
          stale: Boolean(error) && value !== undefined,
          errors: error ? [this.problem(source, error)] : [],
        };
      },
    }));
  }

  private async policyWorkload(
    entity: Entity,
    now: number,
  ): Promise<{
    workloads: Workload[];
    stale: boolean;
    lookedFor: string[];
    errors: AutoscalingProblem[];
  }> {
    const annotation =
      entity.metadata.annotations?.[AUTOSCALING_POLICY_ANNOTATION];
    const none = { workloads: [], stale: false, lookedFor: [], errors: [] };
    if (annotation === undefined) return none;
    const { name } = entity.metadata;
    let policy;
    try {
      policy = parseAutoscalingPolicy(annotation);
    } catch (e) {
      return { ...none, errors: [this.problem('annotation', e)] };
    }
    const { value, error } = await this.lastGood.get(
      `policy:${stringifyEntityRef(entity)}`,
      () =>
        readPolicyReadings(
          this.options.prometheus,
          this.options.queries.policy,
          name,
          now,
          Math.max(policy.upCooldownSeconds, policy.downCooldownSeconds),
        ),
    );
    const instancesQuery = fillQuery(this.options.queries.policy.instances, {
      service: name,
    });
    const lookedFor = [
      `instances of ${name} in Prometheus (${instancesQuery})`,
    ];
    const errors = error ? [this.problem('prometheus', error)] : [];
    if (value?.instances === undefined) {
      return { ...none, lookedFor, errors };
    }
    return {
      workloads: [
        toPolicyWorkload(name, policy, {
          ...value,
          instances: value.instances,
          now,
        }),
      ],
      stale: Boolean(error),
      lookedFor,
      errors,
    };
  }

  private problem(source: string, error: unknown): AutoscalingProblem {
    const message = (error as Error).message;
    this.options.logger.warn(`Autoscaling source ${source} failed`, {
      source,
      error: message,
    });
    return { source, message };
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
