import { setTimeout as wait } from 'node:timers/promises';
import { WorkflowRun } from './WorkflowRunsClient';

export interface AwaitOptions {
  /** The run as it is now, or undefined while there is none. */
  poll: () => Promise<WorkflowRun | undefined>;
  /** Gives up after this long. */
  timeoutMs: number;
  intervalMs: number;
  /** Progress lines for the task log. */
  log: (message: string) => void;
  signal?: AbortSignal;
  /** Errors no later poll mends (a refused token). */
  isFinal: (error: unknown) => boolean;
  /** For tests: the clock and the wait between polls. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Waits `ms`, or rejects at once when the task is cancelled. */
const sleepFor = (ms: number, signal?: AbortSignal) =>
  wait(ms, undefined, { signal }).then(
    () => undefined,
    () => {
      throw new Error('The task was cancelled');
    },
  );

/**
 * Polls until the run completes and answers it, logging each change of
 * its status. A poll that fails is logged and tried again at the next
 * interval, until the time is up; an error GitHub will repeat (a refused
 * token) ends the wait at once, as does a cancelled task.
 */
export async function awaitWorkflowRun(
  options: AwaitOptions,
): Promise<WorkflowRun> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;
  const deadline = now() + options.timeoutMs;
  let said = '';
  const say = (message: string) => {
    if (message !== said) options.log(message);
    said = message;
  };
  for (;;) {
    if (options.signal?.aborted) throw new Error('The task was cancelled');
    try {
      const run = await options.poll();
      if (run?.status === 'completed') return run;
      say(
        run
          ? `Run #${run.run_number} is ${run.status.replace('_', ' ')}: ${
              run.html_url
            }`
          : 'No run yet',
      );
    } catch (error) {
      if (options.isFinal(error)) throw error;
      say(`Could not read the run (${(error as Error).message}); trying again`);
    }
    if (now() + options.intervalMs > deadline) {
      throw new Error(
        `No completed run within ${Math.round(
          options.timeoutMs / 60_000,
        )} minutes (${said})`,
      );
    }
    await sleep(options.intervalMs, options.signal);
  }
}
