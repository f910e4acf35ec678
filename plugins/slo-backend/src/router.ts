import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityRefQuery, loadEntity, parseQuery } from '@internal/backend-kit';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { SloService } from './service/SloService';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest history one request may ask for. */
export const MAX_HISTORY_DAYS = 92;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-01')
  .transform((value, ctx) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    if (
      Number.isNaN(time) ||
      new Date(time).toISOString().slice(0, 10) !== value
    ) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'is not a calendar date',
      });
      return z.NEVER;
    }
    return time;
  });

const historyQuery = entityRefQuery
  .extend({
    id: z.string({ required_error: 'is required' }).min(1, 'is required'),
    from: isoDate,
    to: isoDate,
  })
  .refine(q => q.from <= q.to, {
    message: 'must not be after to',
    path: ['from'],
  })
  .refine(q => (q.to - q.from) / DAY_MS < MAX_HISTORY_DAYS, {
    message: `must be at most ${MAX_HISTORY_DAYS} days after from`,
    path: ['to'],
  });

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  slos: SloService;
}): Promise<express.Router> {
  const { httpAuth, catalog, slos } = options;
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/v1/slos', async (req, res) => {
    const { entityRef } = parseQuery(entityRefQuery, req);
    res.json(
      await slos.list(await loadEntity({ catalog, httpAuth }, req, entityRef)),
    );
  });

  router.get('/v1/slos/history', async (req, res) => {
    const query = parseQuery(historyQuery, req);
    const entity = await loadEntity(
      { catalog, httpAuth },
      req,
      query.entityRef,
    );
    const points = await slos.history(entity, query.id, {
      from: query.from,
      to: query.to,
    });
    if (!points) {
      throw new NotFoundError(
        `${stringifyEntityRef(entity)} has no SLO "${query.id}"`,
      );
    }
    res.json({ entityRef: stringifyEntityRef(entity), id: query.id, points });
  });

  return router;
}
