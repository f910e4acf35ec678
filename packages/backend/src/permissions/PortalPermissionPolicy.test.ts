import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import costPlugin from '@internal/plugin-cost-backend';
import request from 'supertest';
import { permissionModulePortalPolicy } from './permissionModulePortalPolicy';
import { PortalPermissionPolicy } from './PortalPermissionPolicy';

const MAYA = 'user:default/maya-chen';
const ANN = 'user:default/ann';
const MEMBERSHIPS: Record<string, string[]> = {
  [MAYA]: [MAYA, 'group:default/platform-team'],
  [ANN]: [ANN, 'group:default/web-team'],
};
const FOCUS =
  'ChargePeriodStart,EffectiveCost,BillingCurrency,ProviderName,ServiceCategory,ChargeCategory\n2026-11-01T00:00:00Z,1,USD,AWS,Compute,Usage\n';

async function portal() {
  const { server } = await startTestBackend({
    features: [
      permissionPlugin,
      permissionModulePortalPolicy,
      costPlugin,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          cost: { importers: ['group:default/platform-team'] },
        },
      }),
      mockServices.userInfo.mock({
        getUserInfo: async credentials => {
          const { userEntityRef } = credentials.principal as {
            userEntityRef: string;
          };
          return {
            userEntityRef,
            ownershipEntityRefs: MEMBERSHIPS[userEntityRef] ?? [userEntityRef],
          };
        },
      }).factory,
    ],
  });
  return server;
}

describe('the portal permission policy', () => {
  it('lets only cost.importers and backend services import cost data, and everyone read it', async () => {
    const app = await portal();
    const upload = (authorization: string) =>
      request(app)
        .post('/api/cost/v1/imports?source=manual')
        .set('Authorization', authorization)
        .set('Content-Type', 'text/csv')
        .send(FOCUS);

    // a member of the platform team
    expect((await upload(mockCredentials.user.header(MAYA))).status).toBe(200);
    // not a member
    const denied = await upload(mockCredentials.user.header(ANN));
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('cost.import.create is not allowed');
    // a backend service (a static token's access is limited by its own restrictions)
    expect((await upload(mockCredentials.service.header())).status).toBe(200);

    const overview = await request(app)
      .get('/api/cost/v1/overview')
      .set('Authorization', mockCredentials.user.header(ANN));
    expect(overview.status).toBe(200);
    expect(overview.body.total).toBe('0');
  });

  it('refuses an importer that is not a user or group ref', () => {
    expect(() =>
      PortalPermissionPolicy.fromConfig(
        new ConfigReader({
          cost: { importers: ['group:default/a', 'component:default/b'] },
        }),
        mockServices.userInfo(),
      ),
    ).toThrow(
      'cost.importers[1] must be a user or group ref such as group:default/platform-team, not component:default/b',
    );
  });
});
