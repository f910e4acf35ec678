import {
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  BasicPermission,
  AuthorizeResult,
} from '@backstage/plugin-permission-common';
import { createPermissionIntegrationRouter } from '@backstage/plugin-permission-node';
import {
  entityRefQuery,
  loadEntity,
  parseQuery,
  singleParam,
} from '@internal/backend-kit';
import {
  addDays,
  costEntityReadPermission,
  COST_GROUP_BYS,
  costImportCreatePermission,
  costOverviewReadPermission,
  costPermissions,
  CostGroupBy,
  isDay,
} from '@internal/plugin-cost-common';
import express, { Request } from 'express';
import { createReadStream } from 'node:fs';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { CostStore } from './database/CostStore';
import { attributionTargets } from './ingestion/attributionTargets';
import { importFocus } from './ingestion/importFocus';
import { withSpooledBody } from './ingestion/spooledBody';
import { CostService } from './service/CostService';
import { costMetrics } from './service/costMetrics';
import { entityFacts } from './service/entityFacts';

/** The longest range of one request: 13 months of days. */
export const LONGEST_RANGE_DAYS = 400;
/** Source and file names: no paths, no spaces. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const day = () =>
  singleParam().refine(isDay, { message: 'must be a day such as 2026-11-20' });

const entityQuery = entityRefQuery.extend({
  from: day().optional(),
  to: day().optional(),
});

const overviewQuery = z.object({
  from: day().optional(),
  to: day().optional(),
  groupBy: singleParam()
    .refine(v => (COST_GROUP_BYS as readonly string[]).includes(v), {
      message: `must be one of ${COST_GROUP_BYS.join(', ')}`,
    })
    .optional()
    .transform(v => (v ?? 'team') as CostGroupBy),
});

const importQuery = z.object({
  source: singleParam().regex(
    NAME,
    'must be a name of letters, digits, ".", "_" and "-"',
  ),
  file: singleParam()
    .regex(NAME, 'must be a file name of letters, digits, ".", "_" and "-"')
    .optional(),
  partial: singleParam()
    .refine(v => v === 'true' || v === 'false', {
      message: 'must be true or false',
    })
    .optional()
    .transform(v => v === 'true'),
});

/** The cost API: `/health`, `/v1/entity`, `/v1/overview`, `/v1/metrics` and `/v1/imports`. */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  auth: AuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  logger: LoggerService;
  store: CostStore;
  costs: CostService;
  /** The scheduled directory sources: uploads may not replace their files. */
  configuredSources?: string[];
}): Promise<express.Router> {
  const { httpAuth, permissions, catalog, store, costs } = options;
  const router = Router();
  router.use(
    createPermissionIntegrationRouter({ permissions: costPermissions }),
  );

  async function authorize(req: Request, permission: BasicPermission) {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`${permission.name} is not allowed`);
    }
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /** `from` and `to`, by default this month up to today; 400 days at most. */
  function range(query: { from?: string; to?: string }) {
    const to = query.to ?? costs.today();
    const from = query.from ?? `${to.slice(0, 7)}-01`;
    if (from > to) throw new InputError('from must not be after to');
    if (addDays(from, LONGEST_RANGE_DAYS) <= to) {
      throw new InputError(
        `from and to must be at most ${LONGEST_RANGE_DAYS} days apart`,
      );
    }
    return { from, to };
  }

  router.get('/v1/entity', async (req, res) => {
    const query = parseQuery(entityQuery, req);
    await authorize(req, costEntityReadPermission);
    const { from, to } = range(query);
    const entity = await loadEntity(
      { catalog, httpAuth },
      req,
      query.entityRef,
    );
    res.json(await costs.entityCost(entity, from, to));
  });

  router.get('/v1/overview', async (req, res) => {
    const query = parseQuery(overviewQuery, req);
    await authorize(req, costOverviewReadPermission);
    const { from, to } = range(query);
    res.json(
      await costs.overview(from, to, query.groupBy, await entityFacts(options)),
    );
  });

  router.get('/v1/metrics', async (req, res) => {
    parseQuery(z.object({}).strict(), req);
    await authorize(req, costOverviewReadPermission);
    const month = await costs.monthToDate(await entityFacts(options));
    res
      .set('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
      .send(costMetrics(month));
  });

  router.post('/v1/imports', async (req, res) => {
    const query = parseQuery(importQuery, req);
    if (!req.is('text/csv')) {
      throw new InputError('The body must be a FOCUS file sent as text/csv');
    }
    if (options.configuredSources?.includes(query.source)) {
      throw new InputError(
        `source ${query.source} is a configured directory source: upload under another name`,
      );
    }
    await authorize(req, costImportCreatePermission);
    const targets = await attributionTargets(options);
    const result = await withSpooledBody(req, path =>
      importFocus(createReadStream(path), {
        store,
        source: query.source,
        fileKey: query.file,
        partial: query.partial,
        targets,
      }),
    );
    const { status, ...body } = result;
    res.status(status === 'rejected' ? 422 : 200).json(body);
  });

  return router;
}
