import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Request } from 'express';
import { z } from 'zod/v3';
import { loadEntity, parseQuery } from './requests';

const request = (query: Record<string, unknown> = {}) =>
  ({ query } as unknown as Request);

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'api-gateway', namespace: 'default' },
  spec: {},
};

describe('parseQuery', () => {
  const schema = z.object({
    period: z.enum(['24h', '14d']),
    limit: z.coerce.number().int().optional(),
  });

  it('gives the parsed query', () => {
    expect(parseQuery(schema, request({ period: '14d', limit: '5' }))).toEqual({
      period: '14d',
      limit: 5,
    });
  });

  it('names the first parameter at fault in an InputError', () => {
    expect(() => parseQuery(schema, request({ period: '7d' }))).toThrow(
      expect.objectContaining({
        name: 'InputError',
        message: expect.stringMatching(/^period /),
      }),
    );
  });
});

describe('loadEntity', () => {
  const deps = {
    catalog: catalogServiceMock({ entities: [entity] }),
    httpAuth: mockServices.httpAuth.mock({
      credentials: async () => mockCredentials.user() as any,
    }),
  };

  it('finds the entity by a full or short reference', async () => {
    for (const ref of [
      'component:default/api-gateway',
      'component:api-gateway',
    ]) {
      await expect(loadEntity(deps, request(), ref)).resolves.toMatchObject({
        metadata: { name: 'api-gateway' },
      });
    }
  });

  it('refuses a malformed reference with an InputError', async () => {
    for (const ref of ['api-gateway', 'component:default/no such', 'a:b:c/d']) {
      await expect(loadEntity(deps, request(), ref)).rejects.toMatchObject({
        name: 'InputError',
        message: `entityRef "${ref}" is not an entity reference such as component:default/my-service`,
      });
    }
  });

  it('answers NotFoundError for an entity the catalog does not have', async () => {
    await expect(
      loadEntity(deps, request(), 'component:default/unknown'),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'No entity component:default/unknown in the catalog',
    });
  });
});
