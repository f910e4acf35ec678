import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { rejectionWithoutSecrets } from '@internal/backend-kit';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createWorkflowAwaitAction } from './workflowAwait';
import { outputsOf } from './testService';

const TOKEN = 'ghp_secretsecretsecret';
const RUNS =
  'https://api.github.com/repos/valuecanvas/orders-agent/actions/workflows/deploy.yml/runs';

const run = (status: string, conclusion: string | null = null) => ({
  total_count: 1,
  workflow_runs: [
    {
      id: 42,
      run_number: 1,
      status,
      conclusion,
      html_url: 'https://github.com/valuecanvas/orders-agent/actions/runs/42',
      head_sha: 'abc',
    },
  ],
});

describe('agent-service:workflow:await', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const action = createWorkflowAwaitAction({
    config: new ConfigReader({
      integrations: { github: [{ host: 'github.com', token: TOKEN }] },
    }),
    pollIntervalMs: 1,
  });
  const context = (input: object = {}, isDryRun = false) => ({
    ...createMockActionContext({
      input: {
        repoUrl: 'github.com?owner=valuecanvas&repo=orders-agent',
        workflow: 'deploy.yml',
        branch: 'main',
        timeoutMinutes: 1,
        ...input,
      },
    }),
    isDryRun,
  });

  /** Answers each poll with the next of `answers`, the last one forever. */
  function answer(...answers: Array<() => Response>) {
    const requests: Request[] = [];
    server.use(
      http.get(RUNS, ({ request }) => {
        requests.push(request);
        return answers[Math.min(requests.length, answers.length) - 1]();
      }),
    );
    return requests;
  }

  it('waits for the run to complete, logging each status once, and answers its conclusion and address', async () => {
    const requests = answer(
      // GitHub does not know a workflow pushed seconds ago
      () => new HttpResponse(null, { status: 404 }),
      () => HttpResponse.json({ total_count: 0, workflow_runs: [] }),
      () => HttpResponse.json(run('queued')),
      () => HttpResponse.json(run('in_progress')),
      () => HttpResponse.json(run('in_progress')),
      () => HttpResponse.json(run('completed', 'success')),
    );
    const ctx = context();
    const info = jest.spyOn(ctx.logger, 'info');

    await action.handler(ctx);

    expect(outputsOf(ctx)).toEqual({
      conclusion: 'success',
      url: 'https://github.com/valuecanvas/orders-agent/actions/runs/42',
    });
    expect(requests).toHaveLength(6);
    const url = new URL(requests[0].url);
    expect(url.searchParams.get('branch')).toBe('main');
    expect(url.searchParams.get('created')).toMatch(/^>=\d{4}-\d\d-\d\dT/);
    expect(requests[0].headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(info.mock.calls.map(([message]) => message)).toEqual([
      'Waiting up to 1 minutes for deploy.yml on valuecanvas/orders-agent (main)',
      'No run yet',
      'Run #1 is queued: https://github.com/valuecanvas/orders-agent/actions/runs/42',
      'Run #1 is in progress: https://github.com/valuecanvas/orders-agent/actions/runs/42',
      'deploy.yml run #1 succeeded',
    ]);
  });

  it('fails the task when the run fails, with its address', async () => {
    answer(() => HttpResponse.json(run('completed', 'failure')));
    const ctx = context();
    await expect(action.handler(ctx)).rejects.toThrow(
      'deploy.yml run #1 ended failure: https://github.com/valuecanvas/orders-agent/actions/runs/42',
    );
    expect(outputsOf(ctx).conclusion).toBe('failure');
  });

  it('says what the task created and how to delete it, deleting nothing', async () => {
    const requests = answer(() =>
      HttpResponse.json(run('completed', 'failure')),
    );
    await expect(
      action.handler(
        context({
          created: {
            repository: 'https://github.com/valuecanvas/orders-agent',
            entityRef: 'component:default/orders-agent',
          },
        }),
      ),
    ).rejects.toThrow(
      'deploy.yml run #1 ended failure: https://github.com/valuecanvas/orders-agent/actions/runs/42. This task created what follows and deletes none of it; to start over, delete the repository https://github.com/valuecanvas/orders-agent (Settings, Delete this repository) and unregister component:default/orders-agent in the catalog (its page, the menu, Unregister entity)',
    );
    // only reads
    expect(requests.map(r => r.method)).toEqual(['GET']);
  });

  it('rides out a failing poll but stops at a refused token, which it never shows', async () => {
    const requests = answer(
      () => new HttpResponse(null, { status: 503 }),
      () => new HttpResponse(null, { status: 401, statusText: 'Unauthorized' }),
    );
    // what the task created is named only when a run fails, not here
    const error = await rejectionWithoutSecrets(
      action.handler(
        context({ created: { repository: 'https://github.com/o/r' } }),
      ),
      TOKEN,
    );
    expect(error.message).toBe(
      'GitHub answered 401 Unauthorized for the runs of valuecanvas/orders-agent deploy.yml',
    );
    expect(requests.length).toBeGreaterThanOrEqual(2);
  });

  it('uses the token the task was given', async () => {
    const requests = answer(() =>
      HttpResponse.json(run('completed', 'success')),
    );
    await action.handler(context({ token: 'ghu_user' }));
    expect(requests[0].headers.get('authorization')).toBe('Bearer ghu_user');
  });

  it('waits for nothing in a dry run', async () => {
    const ctx = context({}, true);
    await action.handler(ctx);
    expect(outputsOf(ctx)).toEqual({ conclusion: 'skipped', url: '' });
  });

  it.each([
    [{ workflow: '../deploy.yml' }, 'workflow: must be a workflow file name'],
    [{ branch: 'main; rm -rf /' }, 'branch: must be a branch name'],
    [
      { timeoutMinutes: 0 },
      'timeoutMinutes: Number must be greater than or equal to 1',
    ],
  ])('refuses %j naming the field', async (input, message) => {
    await expect(action.handler(context(input))).rejects.toThrow(message);
  });

  it('refuses a host that is no GitHub integration', async () => {
    await expect(
      action.handler(context({ repoUrl: 'gitlab.com?owner=a&repo=b' })),
    ).rejects.toThrow(
      'repoUrl: gitlab.com is not a configured GitHub integration',
    );
  });
});
