import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import {
  createTemplateAction,
  parseRepoUrl,
} from '@backstage/plugin-scaffolder-node';
import { z } from 'zod/v3';
import { awaitWorkflowRun } from '../github/awaitWorkflowRun';
import {
  GithubAnswerError,
  WorkflowRunsClient,
} from '../github/WorkflowRunsClient';
import { parseInput } from '../service/parseInput';
import { examples } from './workflowAwait.examples';

/** The action's input: which repository's workflow, and how long to wait. */
export const workflowAwaitInput = (z0: typeof z) =>
  z0.object({
    repoUrl: z0
      .string()
      .describe('As publish:github takes it: github.com?owner=…&repo=…'),
    workflow: z0
      .string()
      .regex(
        /^[\w.-]+\.ya?ml$/,
        'must be a workflow file name such as deploy.yml',
      ),
    branch: z0
      .string()
      .regex(/^[\w./-]{1,255}$/, 'must be a branch name')
      .default('main'),
    timeoutMinutes: z0.number().int().min(1).max(360).default(60),
    created: z0
      .object({
        repository: z0.string().optional(),
        entityRef: z0.string().optional(),
      })
      .optional()
      .describe(
        'What earlier steps of this task created, reported with what to delete when the run fails; nothing is deleted',
      ),
    token: z0
      .string()
      .optional()
      .describe(
        'A GitHub token, from the task’s secrets; without it the GitHub integration’s credentials',
      ),
  });

/**
 * What this task created and how to delete it, for the message of a
 * failed first run; empty when nothing is known. Nothing is deleted
 * here: the task may not be the only one to have written to the
 * repository.
 */
function undoAdvice(created?: { repository?: string; entityRef?: string }) {
  const undo = [
    created?.repository &&
      `delete the repository ${created.repository} (Settings, Delete this repository)`,
    created?.entityRef &&
      `unregister ${created.entityRef} in the catalog (its page, the menu, Unregister entity)`,
  ].filter(Boolean);
  return undo.length
    ? `. This task created what follows and deletes none of it; to start over, ${undo.join(
        ' and ',
      )}`
    : '';
}

/** How often GitHub is asked: well within its rate limit. */
const POLL_INTERVAL_MS = 15_000;
/** Runs created this long before the step count: the push came earlier. */
const SINCE_MARGIN_MS = 10 * 60_000;

/**
 * `agent-service:workflow:await`: waits, bounded, for the first run of a
 * workflow on a new repository, logging each change of its status, and
 * answers its conclusion and address. Fails the task when the run does
 * not succeed or does not complete in time. Skipped in a dry run.
 */
export function createWorkflowAwaitAction(options: {
  config: Config;
  pollIntervalMs?: number;
}) {
  const integrations = ScmIntegrations.fromConfig(options.config);
  const credentials =
    DefaultGithubCredentialsProvider.fromIntegrations(integrations);
  return createTemplateAction({
    id: 'agent-service:workflow:await',
    description:
      'Waits for the first run of a GitHub Actions workflow on the new repository and answers its conclusion and URL; fails the task when it fails',
    examples,
    supportsDryRun: true,
    schema: {
      input: workflowAwaitInput,
      output: z0 => z0.object({ conclusion: z0.string(), url: z0.string() }),
    },
    async handler(ctx) {
      const input = parseInput(workflowAwaitInput, ctx.input);
      const { host, owner, repo } = parseRepoUrl(input.repoUrl, integrations);
      const integration = integrations.github.byHost(host);
      if (!integration || !owner) {
        throw new InputError(
          `repoUrl: ${host} is not a configured GitHub integration, or the owner is missing`,
        );
      }
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: not waiting for ${input.workflow}`);
        ctx.output('conclusion', 'skipped');
        ctx.output('url', '');
        return;
      }
      const since = await ctx.checkpoint({
        key: `workflow-await-since:${owner}/${repo}/${input.workflow}`,
        fn: () => new Date(Date.now() - SINCE_MARGIN_MS).toISOString(),
      });
      const token =
        input.token ??
        (
          await credentials.getCredentials({
            url: `https://${host}/${owner}/${repo}`,
          })
        ).token;
      const client = new WorkflowRunsClient({
        apiBaseUrl: integration.config.apiBaseUrl ?? `https://api.${host}`,
        token,
      });
      ctx.logger.info(
        `Waiting up to ${input.timeoutMinutes} minutes for ${input.workflow} on ${owner}/${repo} (${input.branch})`,
      );
      const run = await awaitWorkflowRun({
        poll: () =>
          client.latestRun({
            owner,
            repo,
            workflow: input.workflow,
            branch: input.branch,
            since,
          }),
        timeoutMs: input.timeoutMinutes * 60_000,
        intervalMs: options.pollIntervalMs ?? POLL_INTERVAL_MS,
        log: message => ctx.logger.info(message),
        signal: ctx.signal,
        isFinal: error => error instanceof GithubAnswerError,
      });
      ctx.output('conclusion', run.conclusion ?? 'unknown');
      ctx.output('url', run.html_url);
      if (run.conclusion !== 'success') {
        throw new Error(
          `${input.workflow} run #${run.run_number} ended ${run.conclusion}: ${
            run.html_url
          }${undoAdvice(input.created)}`,
        );
      }
      ctx.logger.info(`${input.workflow} run #${run.run_number} succeeded`);
    },
  });
}
