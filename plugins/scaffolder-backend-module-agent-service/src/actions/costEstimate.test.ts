import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { serviceSpecSchema, ServiceSpec } from '../service/serviceSpec';
import { createCostEstimateAction } from './costEstimate';
import { exampleService, outputsOf } from './testService';

async function estimate(service: ServiceSpec, prices: object = {}) {
  const ctx = createMockActionContext({ input: { service } });
  await createCostEstimateAction({
    config: new ConfigReader({ agentService: { prices } }),
  }).handler(ctx);
  return outputsOf(ctx);
}

describe('agent-service:cost:estimate', () => {
  it('prices a Kubernetes agent with a Neon database and replica, per Resource', async () => {
    const outputs = await estimate(exampleService());

    // 1 × 17.52 + Cloudflare Pro 20 + Neon free 0 + replica 5
    expect(outputs.monthly).toBe('42.52');
    // 3 × 17.52 = 52.56, + 25
    expect(outputs.monthlyAtMax).toBe('77.56');
    expect(outputs.lines).toEqual([
      expect.objectContaining({
        resource: 'orders-agent-workload',
        monthly: 17.52,
        monthlyAtMax: 52.56,
      }),
      expect.objectContaining({ resource: 'orders-agent-edge', monthly: 20 }),
      expect.objectContaining({ resource: 'orders-agent-grafana', monthly: 0 }),
      expect.objectContaining({ resource: 'orders-agent-sentry', monthly: 0 }),
      expect.objectContaining({ resource: 'orders-agent-db', monthly: 0 }),
      expect.objectContaining({
        resource: 'orders-agent-db-replica',
        monthly: 5,
      }),
    ]);
  });

  it('prices Railway instances and RDS from the configured price table', async () => {
    const service = serviceSpecSchema().parse({
      ...exampleService(),
      hosting: 'railway',
      database: { kind: 'rds', readReplica: true },
      autoscaling: { ...exampleService().autoscaling, min: 2, max: 5 },
    });

    // 2 × 10 + 20 + 2 × 13.98
    expect((await estimate(service)).monthly).toBe('67.96');
    // 2 × 8 + 0 + 2 × 13.98, with Railway at 8 and no Cloudflare Pro
    const cheaper = await estimate(service, {
      railwayInstance: 8,
      cloudflareZone: 0,
    });
    expect(cheaper.monthly).toBe('43.96');
    expect(cheaper.monthlyAtMax).toBe('67.96');
  });

  it('refuses a negative price', () => {
    expect(() =>
      createCostEstimateAction({
        config: new ConfigReader({ agentService: { prices: { sentry: -1 } } }),
      }),
    ).toThrow('agentService.prices.sentry must be 0 or more, not -1');
  });
});
