import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { locationSpecToMetadataName } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { symlinkSync } from 'node:fs';
import { createPublishLocalAction } from './publishLocal';
import { outputsOf } from './testService';

describe('agent-service:publish:local', () => {
  const target = createMockDirectory();
  const workspace = createMockDirectory();
  beforeEach(() => {
    target.clear();
    workspace.setContent({
      'catalog-info.yaml': 'kind: Component',
      src: { 'index.ts': 'export {};' },
    });
  });

  /** A catalog that shows the service once its location is refreshed (unless never). */
  const setup = (refreshEntity = jest.fn(async () => {}), picksUp = true) => {
    const catalog = catalogServiceMock.mock({
      refreshEntity,
      getEntityByRef: async () =>
        picksUp && refreshEntity.mock.calls.length
          ? ({ kind: 'Component' } as never)
          : undefined,
    });
    const action = createPublishLocalAction({
      config: new ConfigReader({
        agentService: { localTarget: { directory: target.path } },
      }),
      catalog,
      pickupTimeoutMs: 10,
    });
    const run = async (isDryRun = false) => {
      const ctx = createMockActionContext({
        input: { name: 'orders-agent' },
        workspacePath: workspace.path,
      });
      await action.handler({ ...ctx, isDryRun });
      return outputsOf(ctx);
    };
    return { run, refreshEntity };
  };
  // the location catalog.locations has for the target directory's glob
  const locationRef = () =>
    `location:default/${locationSpecToMetadataName({
      type: 'file',
      target: target.resolve('*/catalog-info.yaml'),
    })}`;

  it('finishes a publish a restart cut short, and claims for its own task only', async () => {
    const { run, refreshEntity } = setup();
    // the same task (mock-task-id) claimed the name, then the backend stopped
    target.setContent({
      'orders-agent': { '.agent-service-publishing': 'mock-task-id' },
    });
    expect(await run()).toEqual({
      path: target.resolve('orders-agent'),
      entityRef: 'component:default/orders-agent',
    });
    expect(refreshEntity).toHaveBeenCalledTimes(1);
    // published, the claim gone
    expect(target.content()).toEqual({
      'orders-agent': {
        'catalog-info.yaml': 'kind: Component',
        src: { 'index.ts': 'export {};' },
      },
    });
    // another task's claim is not this one's
    target.setContent({
      'orders-agent': { '.agent-service-publishing': 'other-task' },
    });
    await expect(run()).rejects.toThrow('orders-agent was published before');
    expect(target.content({ shouldReadAsText: true })).toEqual({
      'orders-agent': { '.agent-service-publishing': 'other-task' },
    });
  });

  it('copies the workspace into the target directory and refreshes the catalog location reading it', async () => {
    const { run, refreshEntity } = setup();

    expect(await run()).toEqual({
      path: target.resolve('orders-agent'),
      entityRef: 'component:default/orders-agent',
    });
    expect(target.content()).toEqual({
      'orders-agent': {
        'catalog-info.yaml': 'kind: Component',
        src: { 'index.ts': 'export {};' },
      },
    });
    expect(refreshEntity).toHaveBeenCalledWith(
      locationRef(),
      expect.anything(),
    );
    expect(locationRef()).toMatch(/^location:default\/generated-[0-9a-f]{40}$/);
    // published once only
    await expect(run()).rejects.toThrow('orders-agent was published before');
  });

  it('removes what it copied when the refresh fails, and writes nothing in a dry run', async () => {
    const { run } = setup(
      jest.fn(async () => {
        throw new Error('catalog unavailable');
      }),
    );
    await expect(run()).rejects.toThrow('catalog unavailable');
    expect(target.content()).toEqual({});

    const dry = setup();
    expect((await dry.run(true)).entityRef).toBe(
      'component:default/orders-agent',
    );
    expect(target.content()).toEqual({});
    expect(dry.refreshEntity).not.toHaveBeenCalled();
  });

  it('publishes no symlink out of the workspace', async () => {
    symlinkSync('/etc/passwd', workspace.resolve('passwd'));
    const { run, refreshEntity } = setup();

    await expect(run()).rejects.toThrow('the workspace holds a symlink');
    expect(target.content()).toEqual({});
    expect(refreshEntity).not.toHaveBeenCalled();
  });

  it('says which location to configure when the catalog does not pick the service up', async () => {
    const { run } = setup(undefined, false);

    await expect(run()).rejects.toThrow(
      `the catalog did not pick up orders-agent within 0.01 s: is ${target.resolve(
        '*/catalog-info.yaml',
      )} in catalog.locations (type file, allowing Component, API and Resource)?`,
    );
    expect(target.content()).toEqual({});
  });

  it('says when no local target is configured', async () => {
    const action = createPublishLocalAction({
      config: new ConfigReader({}),
      catalog: catalogServiceMock(),
    });
    await expect(
      action.handler(
        createMockActionContext({ input: { name: 'orders-agent' } }),
      ),
    ).rejects.toThrow('agentService.localTarget.directory is not configured');
  });
});
