/** What an issue looks like: its exception and where it is raised. */
export interface IssueTemplate {
  /** The exception's class, e.g. `KeyError`. */
  type: string;
  /** The exception's message. */
  value: string;
  /** Source file; `{module}` stands for the service's Python package. */
  filename: string;
  function: string;
  /** Where Sentry says it happened; `{module}` as in `filename`. */
  culprit: string;
  level: 'fatal' | 'error' | 'warning';
}

/** A Python (FastAPI) issue raised in `{module}/<file>.py`. */
export const python = (
  type: string,
  value: string,
  file: string,
  fn: string,
  level: IssueTemplate['level'] = 'error',
): IssueTemplate => ({
  type,
  value,
  filename: `{module}/${file}.py`,
  function: fn,
  culprit: `{module}.${file.replace(/\//g, '.')} in ${fn}`,
  level,
});

/** A Node.js issue raised in `src/<file>.ts`. */
export const node = (
  type: string,
  value: string,
  file: string,
  fn: string,
  level: IssueTemplate['level'] = 'error',
): IssueTemplate => ({
  type,
  value,
  filename: `src/${file}.ts`,
  function: fn,
  culprit: `${fn}(src/${file})`,
  level,
});

/** A browser issue of a Next.js page. */
const nextjs = (
  type: string,
  value: string,
  page: string,
  fn: string,
  level: IssueTemplate['level'] = 'error',
): IssueTemplate => ({
  type,
  value,
  filename: `app://_next/static/chunks/app${page}/page.js`,
  function: fn,
  culprit: page,
  level,
});

/**
 * The everyday errors of each SDK platform (`python`, `node`,
 * `javascript`); each service draws its steady issues from its platform's
 * list.
 */
export const ISSUE_TEMPLATES: Readonly<
  Record<string, readonly IssueTemplate[]>
> = {
  python: [
    python('KeyError', "'account_id'", 'features', 'build_features'),
    python('ReadTimeout', 'timed out', 'clients/crm', 'fetch_account'),
    python(
      'ValidationError',
      '1 validation error for InvokeRequest',
      'api',
      'invoke',
      'warning',
    ),
    python(
      'OperationalError',
      '(psycopg.OperationalError) server closed the connection unexpectedly',
      'store',
      'save_run',
    ),
    python(
      'RateLimitError',
      "Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}",
      'llm',
      'complete',
    ),
    python(
      'JSONDecodeError',
      'Expecting value: line 1 column 1 (char 0)',
      'llm',
      'parse_tool_call',
    ),
    python('ZeroDivisionError', 'division by zero', 'scoring', 'normalize'),
    python(
      'ConnectionResetError',
      '[Errno 104] Connection reset by peer',
      'cache',
      'get_cached',
    ),
    python(
      'IntegrityError',
      'duplicate key value violates unique constraint "runs_pkey"',
      'store',
      'insert_run',
    ),
  ],
  node: [
    node(
      'Error',
      'connect ECONNREFUSED 10.0.3.17:6379',
      'cache/redis',
      'connect',
    ),
    node(
      'TypeError',
      "Cannot read properties of undefined (reading 'tenantId')",
      'auth/apiKeys',
      'resolveTenant',
    ),
    node(
      'AbortError',
      'The operation was aborted due to timeout',
      'http/upstream',
      'fetchUpstream',
    ),
    node(
      'KnexTimeoutError',
      'Knex: Timeout acquiring a connection. The pool is probably full.',
      'db/pool',
      'withConnection',
    ),
    node(
      'SyntaxError',
      'Unexpected end of JSON input',
      'http/body',
      'parseJsonBody',
      'warning',
    ),
    node('RangeError', 'Invalid time value', 'util/dates', 'toIsoDay'),
    node('Error', 'read ECONNRESET', 'metrics/push', 'pushMetrics'),
  ],
  javascript: [
    nextjs('ChunkLoadError', 'Loading chunk 612 failed.', '/items/[id]', 'l'),
    nextjs('TypeError', 'Failed to fetch', '/items', 'loadItems'),
    nextjs(
      'Error',
      'Hydration failed because the initial UI does not match what was rendered on the server.',
      '/stock',
      'throwOnHydrationMismatch',
    ),
    nextjs(
      'TypeError',
      "Cannot read properties of null (reading 'quantity')",
      '/items/[id]',
      'StockLevel',
    ),
    nextjs(
      'AbortError',
      'The user aborted a request.',
      '/search',
      'search',
      'warning',
    ),
    nextjs(
      'TypeError',
      "undefined is not an object (evaluating 'item.warehouse.name')",
      '/reorder',
      'ReorderRow',
    ),
  ],
};
