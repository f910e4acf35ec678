import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Request } from 'express';
import { z } from 'zod/v3';

const validators = makeValidator();

/** One query parameter, given once (`?a=1&a=2` would read as an array). */
export const singleParam = () =>
  z.string({
    required_error: 'is required',
    invalid_type_error: 'must be given once, as text',
  });

/** The query of a route about one entity: `?entityRef=component:default/x`. */
export const entityRefQuery = z.object({
  entityRef: singleParam().min(1, 'is required'),
});

/**
 * The request's query parsed by `schema`, or an InputError naming the
 * first parameter at fault, e.g. `period must be one of 24h, 14d`.
 */
export function parseQuery<T extends z.ZodTypeAny>(
  schema: T,
  req: Request,
): z.infer<T> {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${issue.path.join('.') || 'query'} ${issue.message}`);
  }
  return parsed.data;
}

/** A full entity reference whose parts are valid, or an InputError. */
function parseRef(entityRef: string): CompoundEntityRef {
  let ref: CompoundEntityRef | undefined;
  try {
    ref = parseEntityRef(entityRef);
  } catch {
    // reported below
  }
  if (
    !ref ||
    !validators.isValidKind(ref.kind) ||
    !validators.isValidNamespace(ref.namespace) ||
    !validators.isValidEntityName(ref.name)
  ) {
    throw new InputError(
      `entityRef "${entityRef}" is not an entity reference such as component:default/my-service`,
    );
  }
  return ref;
}

/**
 * The entity `entityRef` names, as the caller of `req` may see it: an
 * InputError for a malformed reference, a NotFoundError when the catalog
 * has no such entity (or does not show it to the caller).
 */
export async function loadEntity(
  options: { catalog: CatalogService; httpAuth: HttpAuthService },
  req: Request,
  entityRef: string,
): Promise<Entity> {
  const ref = parseRef(entityRef);
  const entity = await options.catalog.getEntityByRef(ref, {
    credentials: await options.httpAuth.credentials(req),
  });
  if (!entity) {
    throw new NotFoundError(
      `No entity ${stringifyEntityRef(ref)} in the catalog`,
    );
  }
  return entity;
}
