import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import { scaffolderModuleAgentService } from './module';

describe('the agent-service scaffolder module', () => {
  it('adds its actions to the scaffolder', async () => {
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleAgentService,
        mockServices.rootConfig.factory({
          data: { errors: { sentry: { organization: 'valuecanvas' } } },
        }),
      ],
    });

    const res = await request(server).get('/api/scaffolder/v2/actions');

    expect(res.status).toBe(200);
    const ids = res.body.map((action: { id: string }) => action.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'agent-service:cost:estimate',
        'agent-service:catalog:render',
        'agent-service:pipeline:render',
      ]),
    );
    const render = res.body.find(
      (action: { id: string }) => action.id === 'agent-service:catalog:render',
    );
    expect(render.schema.input.required).toEqual(['service', 'monthlyBudget']);
    expect(render.examples).toHaveLength(1);
  });
});
