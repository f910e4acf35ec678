import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  entityRefQuery,
  loadEntity,
  parseQuery,
  singleParam,
} from '@internal/backend-kit';
import {
  ERRORS_PERIODS,
  ERRORS_SORTS,
  hasErrorsAnnotation,
  SENTRY_PROJECT_ANNOTATION,
} from '@internal/plugin-errors-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { ErrorsService } from './service/ErrorsService';

/** Sentry's own limit on environment names. */
export const MAX_ENVIRONMENT_LENGTH = 64;
/** Sentry's own limit on release names. */
export const MAX_RELEASE_LENGTH = 200;

/** A name up to `max` characters without control characters or line breaks. */
const name = (max: number) =>
  singleParam()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(value => !/[\p{Cc}\u2028\u2029]/u.test(value), {
      message: 'must not contain control characters or line breaks',
    });

const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  singleParam()
    .refine(
      (value): value is T => (values as readonly string[]).includes(value),
      {
        message: `must be one of ${values.join(', ')}`,
      },
    )
    .optional()
    .transform(value => (value ?? fallback) as T);

const issuesQuery = entityRefQuery.extend({
  environment: name(MAX_ENVIRONMENT_LENGTH).optional(),
  // Sentry release names never hold a backslash, and an escaped one could
  // still end the quoted release:"…" term.
  release: name(MAX_RELEASE_LENGTH)
    .refine(value => !value.includes('\\'), {
      message: 'must not contain a backslash',
    })
    .optional(),
  period: oneOf(ERRORS_PERIODS, '24h'),
  sort: oneOf(ERRORS_SORTS, 'freq'),
});

/** The errors API: `/health` and `/v1/{issues,environments,releases}`. */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  errors: ErrorsService;
}): Promise<express.Router> {
  const { httpAuth, catalog, errors } = options;
  const router = Router();

  /** The entity, as the caller may see it, with a Sentry project annotation. */
  async function loadAnnotatedEntity(
    req: Request,
    entityRef: string,
  ): Promise<Entity> {
    const entity = await loadEntity({ catalog, httpAuth }, req, entityRef);
    if (!hasErrorsAnnotation(entity)) {
      throw new NotFoundError(
        `${stringifyEntityRef(
          entity,
        )} has no ${SENTRY_PROJECT_ANNOTATION} annotation`,
      );
    }
    return entity;
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/v1/issues', async (req, res) => {
    const { entityRef, ...filters } = parseQuery(issuesQuery, req);
    res.json(
      await errors.issues(await loadAnnotatedEntity(req, entityRef), filters),
    );
  });

  router.get('/v1/environments', async (req, res) => {
    const { entityRef } = parseQuery(entityRefQuery, req);
    res.json(
      await errors.environments(await loadAnnotatedEntity(req, entityRef)),
    );
  });

  router.get('/v1/releases', async (req, res) => {
    const { entityRef } = parseQuery(entityRefQuery, req);
    res.json(await errors.releases(await loadAnnotatedEntity(req, entityRef)));
  });

  return router;
}
