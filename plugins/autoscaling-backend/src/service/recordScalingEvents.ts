import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AUTOSCALING_POLICY_ANNOTATION,
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  parseAutoscalingPolicy,
} from '@internal/plugin-autoscaling-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ScalingEventStore, workloadKey } from '../database/ScalingEventStore';
import { AutoscalingService, PrometheusApi } from './AutoscalingService';
import { readSeries } from './readSeries';
import { stepEvents } from './stepEvents';
import { HistoryQueries, stepQueries } from './workloadQueries';

/** The replica series are read minute by minute. */
export const RECORDING_STEP_SECONDS = 60;
/** Prometheus answers at most 11 000 points per series: a week of minutes fits. */
const LONGEST_READ_MS = 7 * 24 * 60 * 60 * 1000;

export interface RecordingOptions {
  catalog: CatalogService;
  auth: AuthService;
  autoscaling: AutoscalingService;
  prometheus: PrometheusApi;
  queries: HistoryQueries;
  store: ScalingEventStore;
  logger: LoggerService;
  /** ms since epoch */
  now: number;
  /** How far back a workload seen for the first time is read (ms); a week at most. */
  firstLookBackMs: number;
  /** Events older than this (ms) are deleted. */
  retentionMs: number;
}

/**
 * The scheduled task: for every entity with an autoscaling annotation, the
 * HPAs' live `SuccessfulRescale` events and every step in each workload's
 * replica series since the last run (each with the reason read from its
 * metrics) go into the store, so history outlives Kubernetes' one-hour
 * event retention. One entity failing does not stop the others.
 */
export async function recordScalingEvents(
  options: RecordingOptions,
): Promise<{ entities: number; added: number; deleted: number }> {
  const { catalog, auth, store, logger, now } = options;
  const { items } = await catalog.getEntities(
    {
      filter: [
        KUBERNETES_ID_ANNOTATION,
        KUBERNETES_LABEL_SELECTOR_ANNOTATION,
        AUTOSCALING_POLICY_ANNOTATION,
      ].map(key => ({
        [`metadata.annotations.${key}`]: CATALOG_FILTER_EXISTS,
      })),
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  let added = 0;
  for (const entity of items) {
    try {
      added += await recordEntity(entity, options);
    } catch (error) {
      logger.warn(
        `Could not record the scaling events of ${stringifyEntityRef(entity)}`,
        { error: (error as Error).message },
      );
    }
  }
  const deleted = await store.deleteBefore(now - options.retentionMs);
  return { entities: items.length, added, deleted };
}

async function recordEntity(
  entity: Entity,
  options: RecordingOptions,
): Promise<number> {
  const { autoscaling, store, now } = options;
  const entityRef = stringifyEntityRef(entity);
  const [{ workloads }, live] = await Promise.all([
    autoscaling.workloads(entity),
    autoscaling.liveEvents(entity),
  ]);
  const annotation =
    entity.metadata.annotations?.[AUTOSCALING_POLICY_ANNOTATION];
  const end =
    Math.floor(now / 1000 / RECORDING_STEP_SECONDS) * RECORDING_STEP_SECONDS;
  let added = await store.add(entityRef, live.events);
  for (const workload of workloads) {
    const key = workloadKey({ ...workload, workload: workload.name });
    const readUntil = await store.readUntil(entityRef, key);
    const from = Math.max(
      readUntil ?? now - options.firstLookBackMs,
      now - LONGEST_READ_MS,
    );
    // One sample before the first unread one, to see a step at the edge.
    const start =
      (Math.floor(from / 1000 / RECORDING_STEP_SECONDS) - 1) *
      RECORDING_STEP_SECONDS;
    const { series, errors } = await readSeries(
      options.prometheus,
      workload.name,
      stepQueries(workload, entity.metadata.name, options.queries),
      { start, end, stepSeconds: RECORDING_STEP_SECONDS },
    );
    if (!series.some(s => s.name === 'replicas') && errors.length > 0) {
      throw new Error(errors.map(e => e.message).join('; '));
    }
    const policy =
      workload.source === 'policy' && annotation
        ? parseAutoscalingPolicy(annotation)
        : undefined;
    added += await store.add(
      entityRef,
      stepEvents(workload, series, RECORDING_STEP_SECONDS, policy),
    );
    await store.setReadUntil(entityRef, key, end * 1000);
  }
  return added;
}
