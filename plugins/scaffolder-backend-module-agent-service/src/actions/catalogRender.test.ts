import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { serviceSpecSchema, ServiceSpec } from '../service/serviceSpec';
import { createCatalogRenderAction } from './catalogRender';
import { exampleService, outputsOf } from './testService';

const action = createCatalogRenderAction({
  config: new ConfigReader({
    agentService: {
      sentry: { organization: 'valuecanvas' },
      kubernetes: { clusterResource: 'resource:default/agents-eks-cluster' },
    },
  }),
});

describe('agent-service:catalog:render', () => {
  const workspace = createMockDirectory();
  beforeEach(() => workspace.clear());

  async function render(
    service: ServiceSpec,
    targetPath = 'catalog-info.yaml',
  ) {
    const ctx = createMockActionContext({
      input: { service, monthlyBudget: '42.52', targetPath },
      workspacePath: workspace.path,
    });
    await action.handler(ctx);
    const text = await readFile(workspace.resolve(targetPath), 'utf8');
    return {
      outputs: outputsOf(ctx),
      entities: parseAllDocuments(text).map(d => d.toJS()),
    };
  }

  it('writes the Component with every tab’s annotations, its API and a Resource per piece of infrastructure', async () => {
    const { outputs, entities } = await render(exampleService());

    expect(outputs).toEqual({
      entityRef: 'component:default/orders-agent',
      catalogInfoPath: '/catalog-info.yaml',
      sentryOrganization: 'valuecanvas',
      kubernetesNamespace: 'agents',
    });
    const [component, api, ...resources] = entities;
    expect(component.metadata.annotations).toEqual({
      'backstage.io/techdocs-ref': 'dir:.',
      'agent-platform.io/runbook-base': 'runbooks/',
      'grafana.com/slo-selector': 'service=orders-agent',
      'grafana/dashboard-selector': "tags @> 'orders-agent'",
      'sentry.io/project-slug': 'valuecanvas/orders-agent',
      'agent-platform.io/cost-tags': 'service=orders-agent',
      'agent-platform.io/monthly-budget': '42.52',
      'backstage.io/kubernetes-id': 'orders-agent',
      'backstage.io/kubernetes-namespace': 'agents',
    });
    expect(component.spec).toEqual(
      expect.objectContaining({
        owner: 'group:default/agents-team',
        system: 'agent-platform',
        providesApis: ['orders-agent-api'],
        dependsOn: [
          'resource:orders-agent-workload',
          'resource:orders-agent-edge',
          'resource:orders-agent-sentry',
          'resource:orders-agent-grafana',
          'resource:orders-agent-db',
          'resource:orders-agent-db-replica',
          'resource:default/agents-eks-cluster',
        ],
      }),
    );
    expect(api.kind).toBe('API');
    expect(JSON.parse(api.spec.definition).paths).toHaveProperty('/v1/invoke');
    expect(
      resources.map(r => [
        r.metadata.name,
        r.metadata.annotations['agent-platform.io/cost-tags'],
      ]),
    ).toEqual([
      ['orders-agent-workload', 'resource=orders-agent-workload'],
      ['orders-agent-edge', 'resource=orders-agent-edge'],
      ['orders-agent-sentry', 'resource=orders-agent-sentry'],
      ['orders-agent-grafana', 'resource=orders-agent-grafana'],
      ['orders-agent-db', 'resource=orders-agent-db'],
      ['orders-agent-db-replica', 'resource=orders-agent-db-replica'],
    ]);
  });

  it('gives a Railway service its autoscaling policy instead of Kubernetes annotations', async () => {
    const service = { ...exampleService(), hosting: 'railway' as const };
    const [component] = (await render(service)).entities;

    expect(component.metadata.annotations).not.toHaveProperty(
      'backstage.io/kubernetes-id',
    );
    expect(
      component.metadata.annotations['agent-platform.io/autoscaling-policy'],
    ).toBe('cpu=75,memory=80,p95=400ms,min=1,max=3,up=300s,down=600s');
    expect(component.spec.dependsOn).toContain('resource:orders-agent-railway');
    expect(component.spec.dependsOn).not.toContain(
      'resource:default/agents-eks-cluster',
    );
  });

  it('writes YAML-significant text so that it reads back as typed', async () => {
    const description = `it's "quoted": # not a comment, - not a list, {not: a map}, ü, 日本`;
    const [component] = (await render({ ...exampleService(), description }))
      .entities;
    expect(component.metadata.description).toBe(description);
  });

  it('checks its input again, as the scaffolder’s JSON schema keeps no refinements', async () => {
    const ctx = createMockActionContext({
      input: {
        service: {
          ...exampleService(),
          title: '${{ secrets.GITHUB_TOKEN }}',
          autoscaling: { ...exampleService().autoscaling, min: 5, max: 2 },
        },
        monthlyBudget: '0',
        targetPath: 'catalog-info.yaml',
      },
      workspacePath: workspace.path,
    });

    await expect(action.handler(ctx)).rejects.toThrow(
      'service.title: must not contain "${" or "%{" (template expressions); service.autoscaling.min: min must not be above max; monthlyBudget: must be above 0',
    );
    expect(workspace.content()).toEqual({});
  });

  it('writes nowhere outside the workspace', async () => {
    await expect(render(exampleService(), '../outside.yaml')).rejects.toThrow(
      '../outside.yaml must be a relative path inside the workspace',
    );
    await expect(render(exampleService(), '/etc/passwd')).rejects.toThrow(
      'must be a relative path inside the workspace',
    );
    const elsewhere = createMockDirectory();
    workspace.addContent({});
    symlinkSync(elsewhere.path, workspace.resolve('linked'));
    await expect(
      render(exampleService(), 'linked/catalog-info.yaml'),
    ).rejects.toThrow('linked/catalog-info.yaml goes through a symlink');
    expect(elsewhere.content()).toEqual({});
  });
});

describe('the service choices', () => {
  const problems = (change: object) => {
    const result = serviceSpecSchema().safeParse({
      ...exampleService(),
      ...change,
    });
    return result.success
      ? []
      : result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`);
  };

  it.each([
    [{ name: 'Orders' }, 'name: must be 3–52 lowercase'],
    [{ name: 'orders-' }, 'name: must be 3–52 lowercase'],
    // 53: its Resource "<name>-db-replica" would pass the catalog's 63
    [{ name: `a${'b'.repeat(52)}` }, 'name: must be 3–52 lowercase'],
    [
      { owner: 'group:default/x ${{ github.token }}' },
      'owner: must not contain "${" or "%{"',
    ],
    [{ owner: 'group:default/a b' }, 'owner: must be a group ref'],
    // a Cyrillic "о" that looks like an "o"
    [{ name: 'оrders-agent' }, 'name: must be 3–52 lowercase'],
    [{ name: '../etc' }, 'name: must be 3–52 lowercase'],
    [
      { description: 'two\nlines' },
      'description: must not contain control characters',
    ],
    [
      { description: 'nul\u0000' },
      'description: must not contain control characters',
    ],
    [{ title: '${{ secrets.TOKEN }}' }, 'title: must not contain "${" or "%{"'],
    [
      { description: 'x %{ if true }' },
      'description: must not contain "${" or "%{"',
    ],
    [{ owner: 'group:default/plаtform' }, 'owner: must be ASCII'],
    [{ owner: 'component:default/x' }, 'owner: must be a group ref'],
    [{ owner: 'user:default/jane' }, 'owner: must be a group ref'],
    [{ edgeDomain: 'example.com' }, 'edgeDomain: must be a host in a zone'],
    [
      { slo: { availabilityPercent: 99.9, p95LatencyMs: 10_001 } },
      'slo.p95LatencyMs: Number must be less than or equal to 10000',
    ],
    [
      { autoscaling: { ...exampleService().autoscaling, cpuPercent: 0 } },
      'autoscaling.cpuPercent: Number must be greater than or equal to 1',
    ],
    [
      { autoscaling: { ...exampleService().autoscaling, memoryPercent: 72.5 } },
      'autoscaling.memoryPercent: Expected integer',
    ],
    [
      {
        hosting: 'railway',
        autoscaling: { ...exampleService().autoscaling, max: 51 },
      },
      'autoscaling.max: must be at most 50 on Railway',
    ],
    [{ port: 0 }, 'port: Number must be greater than or equal to 1'],
    [{ port: 80 }, 'port: must be 1024 or above on Kubernetes'],
    [
      { hosting: 'railway', name: 'a-service-name-of-25-char' },
      'name: must be at most 24 characters on Railway',
    ],
    [{ port: 65536 }, 'port: Number must be less than or equal to 65535'],
    [{ edgeDomain: 'x.com/../' }, 'edgeDomain: must be a lowercase host name'],
    [
      { edgeDomain: `${'a'.repeat(56)}.example.com` },
      'edgeDomain: must have a first label of at most 55 characters',
    ],
    [
      { autoscaling: { ...exampleService().autoscaling, cpuPercent: 101 } },
      'autoscaling.cpuPercent: Number must be less than or equal to 100',
    ],
    [
      { autoscaling: { ...exampleService().autoscaling, min: 4, max: 3 } },
      'autoscaling.min: min must not be above max',
    ],
    [{ extra: 'field' }, "Unrecognized key(s) in object: 'extra'"],
  ])('refuses %j naming the field', (change, message) => {
    expect(problems(change).join('; ')).toContain(message);
  });

  it('accepts the examples’ service', () => {
    expect(problems({})).toEqual([]);
  });
});
