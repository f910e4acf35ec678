import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
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

  const setup = (addLocation = jest.fn(async () => ({} as never))) => {
    const catalog = catalogServiceMock.mock({ addLocation });
    const action = createPublishLocalAction({
      config: new ConfigReader({
        agentService: { localTarget: { directory: target.path } },
      }),
      catalog,
    });
    const run = async (isDryRun = false) => {
      const ctx = createMockActionContext({
        input: { name: 'orders-agent' },
        workspacePath: workspace.path,
      });
      await action.handler({ ...ctx, isDryRun });
      return outputsOf(ctx);
    };
    return { run, addLocation };
  };

  it('copies the workspace into the target directory and registers its catalog-info.yaml', async () => {
    const { run, addLocation } = setup();

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
    expect(addLocation).toHaveBeenCalledWith(
      {
        type: 'file',
        target: target.resolve('orders-agent/catalog-info.yaml'),
      },
      expect.anything(),
    );
    // published once only
    await expect(run()).rejects.toThrow('orders-agent was published before');
  });

  it('removes what it copied when the registration fails, and writes nothing in a dry run', async () => {
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
    expect(dry.addLocation).not.toHaveBeenCalled();
  });

  it('publishes no symlink out of the workspace', async () => {
    symlinkSync('/etc/passwd', workspace.resolve('passwd'));
    const { run, addLocation } = setup();

    await expect(run()).rejects.toThrow('the workspace holds a symlink');
    expect(target.content()).toEqual({});
    expect(addLocation).not.toHaveBeenCalled();
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
