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

/** The longest span `/v1/events` covers: Kubernetes keeps events about an hour anyway. */
const DEFAULT_EVENTS_SPAN_MS = 24 * 60 * 60 * 1000;

/** An ISO 8601 time, as ms since epoch. */
const time = () =>
  singleParam()
    .refine(value => Number.isFinite(Date.parse(value)), {
      message: 'must be an ISO 8601 time such as 2026-11-20T12:00:00Z',
    })
    .transform(value => Date.parse(value));

const eventsQuery = entityRefQuery.extend({
  from: time().optional(),
  to: time().optional(),
});

/** The autoscaling API: `/health`, `/v1/workloads` and `/v1/events`. */
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

  router.get('/v1/events', async (req, res) => {
    const query = parseQuery(eventsQuery, req);
    const to = query.to ?? options.now?.() ?? Date.now();
    const from = query.from ?? to - DEFAULT_EVENTS_SPAN_MS;
    if (from > to) throw new InputError('from must not be after to');
    const entity = await loadAnnotatedEntity(req, query.entityRef);
    res.json(await autoscaling.events(entity, from, to));
  });

  return router;
}
