import { assertHeaderSafeToken, fetchWithRetry } from '@internal/backend-kit';
import { z } from 'zod/v3';

/** A run of a workflow, as GitHub's REST API gives it; the fields read here. */
export interface WorkflowRun {
  id: number;
  run_number: number;
  /** queued, in_progress, waiting, requested, pending or completed */
  status: string;
  /** success, failure, cancelled, timed_out, action_required, … once completed */
  conclusion: string | null;
  html_url: string;
}

const runsSchema = z.object({
  workflow_runs: z.array(
    z.object({
      id: z.number(),
      run_number: z.number(),
      status: z.string(),
      conclusion: z.string().nullable(),
      html_url: z.string(),
    }),
  ),
});

/** GitHub answered what no retry mends: a refused token, a bad request. */
export class GithubAnswerError extends Error {}

/**
 * Reads a repository's workflow runs from GitHub's REST API
 * (`GET /repos/{owner}/{repo}/actions/workflows/{workflow}/runs`), with a
 * timeout per attempt and bounded retries. The token stays in the
 * request's header: no message carries it.
 */
export class WorkflowRunsClient {
  constructor(
    private readonly options: {
      apiBaseUrl: string;
      token?: string;
      timeoutMs?: number;
      attempts?: number;
      backoffMs?: number;
      fetch?: typeof fetch;
    },
  ) {
    if (options.token) assertHeaderSafeToken(options.token, 'GitHub');
  }

  /**
   * The newest run of `workflow` on `branch` created at or after `since`
   * (ISO 8601), or undefined while there is none, or while GitHub does
   * not know the workflow yet (a file pushed seconds ago).
   */
  async latestRun(query: {
    owner: string;
    repo: string;
    workflow: string;
    branch: string;
    since: string;
  }): Promise<WorkflowRun | undefined> {
    const { owner, repo, workflow, branch, since } = query;
    const params = new URLSearchParams({
      branch,
      created: `>=${since}`,
      per_page: '1',
    });
    const path = `${encodeURIComponent(owner)}/${encodeURIComponent(
      repo,
    )}/actions/workflows/${encodeURIComponent(workflow)}/runs`;
    return fetchWithRetry(
      `${this.options.apiBaseUrl}/repos/${path}?${params}`,
      {
        headers: {
          Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': '2022-11-28',
          ...(this.options.token
            ? { Authorization: `Bearer ${this.options.token}` }
            : {}),
        },
      },
      {
        timeoutMs: this.options.timeoutMs ?? 10_000,
        attempts: this.options.attempts ?? 3,
        backoffMs: this.options.backoffMs ?? 500,
        fetch: this.options.fetch ?? fetch,
        name: 'GitHub',
        describe: `GitHub at ${this.options.apiBaseUrl}`,
        read: async res => {
          if (res.status === 404) {
            res.body?.cancel().catch(() => {});
            return undefined;
          }
          if (!res.ok) {
            res.body?.cancel().catch(() => {});
            throw new GithubAnswerError(
              `GitHub answered ${res.status} ${res.statusText} for the runs of ${owner}/${repo} ${workflow}`,
            );
          }
          const parsed = runsSchema.safeParse(await res.json());
          if (!parsed.success) {
            throw new GithubAnswerError(
              `GitHub's workflow runs are not as documented: ${parsed.error.issues[0].path.join(
                '.',
              )} ${parsed.error.issues[0].message}`,
            );
          }
          return parsed.data.workflow_runs[0];
        },
        isFinal: error => error instanceof GithubAnswerError,
      },
    );
  }
}
