import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  entityRefQuery,
  loadEntity,
  parseQuery,
  singleParam,
} from '@internal/backend-kit';
import { hasAutoscalingAnnotation } from '@internal/plugin-autoscaling-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { AutoscalingService } from './service/AutoscalingService';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The span of `/v1/events` and `/v1/history` without `from`. */
const DEFAULT_SPAN_MS = DAY_MS;
/** The longest span of one request: recorded events are kept longer, but a page shows a week. */
export const LONGEST_SPAN_MS = 31 * DAY_MS;

/** An ISO 8601 time, as ms since epoch. */
const time = () =>
  singleParam()
    .refine(value => Number.isFinite(Date.parse(value)), {
      message: 'must be an ISO 8601 time such as 2026-11-20T12:00:00Z',
    })
    .transform(value => Date.parse(value));

const rangeQuery = entityRefQuery.extend({
  from: time().optional(),
  to: time().optional(),
});

/** The autoscaling API: `/health`, `/v1/workloads`, `/v1/events` and `/v1/history`. */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  autoscaling: AutoscalingService;
  now?: () => number;
}): Promise<express.Router> {
  const { httpAuth, catalog, autoscaling } = options;
  const router = Router();

  /** The entity, as the caller may see it, with an annotation this plugin reads. */
  async function loadAnnotatedEntity(
    req: Request,
    entityRef: string,
  ): Promise<Entity> {
    const entity = await loadEntity({ catalog, httpAuth }, req, entityRef);
    if (!hasAutoscalingAnnotation(entity)) {
      throw new NotFoundError(
        `${stringifyEntityRef(
          entity,
        )} has no backstage.io/kubernetes-id, backstage.io/kubernetes-label-selector or agent-platform.io/autoscaling-policy annotation`,
      );
    }
    return entity;
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/v1/workloads', async (req, res) => {
    const { entityRef } = parseQuery(entityRefQuery, req);
    res.json(
      await autoscaling.workloads(await loadAnnotatedEntity(req, entityRef)),
    );
  });

  /** `entityRef`, `from` and `to` (ms) of a request about a time range. */
  function parseRange(req: Request) {
    const query = parseQuery(rangeQuery, req);
    const to = query.to ?? options.now?.() ?? Date.now();
    const from = query.from ?? to - DEFAULT_SPAN_MS;
    if (from > to) throw new InputError('from must not be after to');
    if (to - from > LONGEST_SPAN_MS) {
      throw new InputError('from and to must be at most 31 days apart');
    }
    return { entityRef: query.entityRef, from, to };
  }

  router.get('/v1/events', async (req, res) => {
    const { entityRef, from, to } = parseRange(req);
    const entity = await loadAnnotatedEntity(req, entityRef);
    res.json(await autoscaling.events(entity, from, to));
  });

  router.get('/v1/history', async (req, res) => {
    const { entityRef, from, to } = parseRange(req);
    const entity = await loadAnnotatedEntity(req, entityRef);
    res.json(await autoscaling.history(entity, from, to));
  });

  return router;
}
