import { getEventListeners } from 'node:events';
import { awaitWorkflowRun } from './awaitWorkflowRun';

describe('waiting for a workflow run', () => {
  it('gives up when the time is up, saying where the run stood', async () => {
    let clock = 0;
    const log = jest.fn();
    const queued = {
      id: 1,
      run_number: 3,
      status: 'waiting',
      conclusion: null,
      html_url: 'https://github.com/o/r/actions/runs/1',
    };
    await expect(
      awaitWorkflowRun({
        poll: async () => queued,
        timeoutMs: 60 * 60_000,
        intervalMs: 15_000,
        log,
        isFinal: () => false,
        now: () => clock,
        sleep: async ms => {
          clock += ms;
        },
      }),
    ).rejects.toThrow(
      'No completed run within 60 minutes (Run #3 is waiting: https://github.com/o/r/actions/runs/1)',
    );
    // polled every 15 s for an hour, said once
    expect(clock).toBe(60 * 60_000);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('stops when the task is cancelled', async () => {
    const controller = new AbortController();
    const waiting = awaitWorkflowRun({
      poll: async () => undefined,
      timeoutMs: 60_000,
      intervalMs: 30_000,
      log: () => {},
      isFinal: () => false,
      signal: controller.signal,
    });
    controller.abort();
    await expect(waiting).rejects.toThrow('The task was cancelled');
  });

  it('leaves no listener on the task signal behind its waits', async () => {
    const controller = new AbortController();
    const statuses = ['queued', 'in_progress', 'completed'];
    const run = await awaitWorkflowRun({
      poll: async () => ({
        id: 1,
        run_number: 1,
        status: statuses.shift()!,
        conclusion: 'success',
        html_url: 'https://github.com/o/r/actions/runs/1',
      }),
      timeoutMs: 60_000,
      intervalMs: 1,
      log: () => {},
      isFinal: () => false,
      signal: controller.signal,
    });
    expect(run.status).toBe('completed');
    expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
  });
});
