import { z } from 'zod/v3';
import { assertHeaderSafeToken, fetchWithRetry } from '@internal/backend-kit';

/** A `{ key, value }` label of a Grafana SLO. */
export interface GrafanaSloLabel {
  key: string;
  value: string;
}

/** How a Grafana SLO counts good and total events. */
export interface GrafanaSloQuery {
  /** `ratio`, `freeform`, `threshold`, … */
  type: string;
  ratio?: {
    successMetric?: { prometheusMetric?: string };
    totalMetric?: { prometheusMetric?: string };
    groupByLabels?: string[];
  };
  freeform?: { query?: string };
}

/** A multi-window burn-rate alert of a Grafana SLO. */
export interface GrafanaSloAlertingRule {
  labels?: GrafanaSloLabel[];
  annotations?: GrafanaSloLabel[];
}

/**
 * One SLO of the Grafana SLO app, as `GET /v1/slo` lists it; only the fields
 * the portal reads are checked.
 */
export interface GrafanaSlo {
  uuid: string;
  name: string;
  description?: string;
  query: GrafanaSloQuery;
  /** Target ratio (`0.995`) over a window such as `28d`. */
  objectives: Array<{ value: number; window: string }>;
  labels: GrafanaSloLabel[];
  alerting?: {
    fastBurn?: GrafanaSloAlertingRule;
    slowBurn?: GrafanaSloAlertingRule;
  };
  /** The Prometheus data source Grafana writes the recording rules to. */
  destinationDatasource?: { uid: string };
  drillDownDashboardRef?: { uid: string };
  readOnly?: { provenance?: string; status?: { type: string } };
}

export interface GrafanaSloClientOptions {
  /** e.g. `https://example.grafana.net` */
  baseUrl: string;
  /** A service-account token, sent as `Authorization: Bearer …`; never logged. */
  token: string;
  timeoutMs: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Delay before the first retry; doubles on each further one. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

const label = z.object({ key: z.string(), value: z.string() });
const ref = z.object({ uid: z.string().min(1) });
const alertingRule = z
  .object({
    labels: z.array(label).optional(),
    annotations: z.array(label).optional(),
  })
  .passthrough();

/** The fields the portal reads are checked; the rest passes as it is. */
const sloSchema = z
  .object({
    uuid: z.string().min(1),
    name: z.string(),
    description: z.string().optional(),
    query: z
      .object({
        type: z.string(),
        ratio: z
          .object({
            successMetric: z
              .object({ prometheusMetric: z.string().optional() })
              .passthrough()
              .optional(),
            totalMetric: z
              .object({ prometheusMetric: z.string().optional() })
              .passthrough()
              .optional(),
            groupByLabels: z.array(z.string()).optional(),
          })
          .passthrough()
          .optional(),
        freeform: z
          .object({ query: z.string().optional() })
          .passthrough()
          .optional(),
      })
      .passthrough(),
    objectives: z
      .array(z.object({ value: z.number(), window: z.string() }).passthrough())
      .min(1),
    labels: z.array(label).default([]),
    alerting: z
      .object({
        fastBurn: alertingRule.optional(),
        slowBurn: alertingRule.optional(),
      })
      .passthrough()
      .optional(),
    destinationDatasource: ref.optional(),
    drillDownDashboardRef: ref.optional(),
    readOnly: z
      .object({
        provenance: z.string().optional(),
        status: z.object({ type: z.string() }).passthrough().optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

const listSchema = z.object({ slos: z.array(sloSchema) });

/** Drops the `null`s Go writes for absent fields, so that they read as absent. */
function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    ) as T;
  }
  return value;
}

/** An answer no retry can mend: a refused token, a missing app, a broken list. */
class GrafanaAnswerError extends Error {
  name = 'GrafanaAnswerError';
}

/**
 * The Grafana SLO app's HTTP API (`/api/plugins/grafana-slo-app/resources/v1`)
 * with a bearer service-account token, an explicit timeout per attempt and
 * bounded retries that honour `Retry-After`.
 */
export class GrafanaSloClient {
  readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GrafanaSloClientOptions) {
    if (!options.token) {
      throw new Error('The Grafana SLO API needs a service-account token');
    }
    assertHeaderSafeToken(options.token, 'Grafana');
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  /** Every SLO the token may see. */
  async listSlos(): Promise<GrafanaSlo[]> {
    const url = `${this.baseUrl}/api/plugins/grafana-slo-app/resources/v1/slo`;
    return fetchWithRetry(
      url,
      {
        method: 'GET',
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${this.options.token}`,
        },
      },
      {
        timeoutMs: this.options.timeoutMs,
        attempts: this.options.attempts ?? 3,
        backoffMs: this.options.backoffMs ?? 250,
        fetch: this.fetch,
        name: 'Grafana',
        describe: `Grafana at ${this.baseUrl}`,
        read: res => this.readList(res),
        isFinal: error => error instanceof GrafanaAnswerError,
      },
    );
  }

  private async readList(res: Response): Promise<GrafanaSlo[]> {
    const what = `Grafana at ${this.baseUrl}`;
    if (res.status === 401 || res.status === 403) {
      throw new GrafanaAnswerError(
        `${what} refused the service-account token (${res.status} ${res.statusText}): check slo.grafana.token and that its account may read SLOs`,
      );
    }
    if (res.status === 404) {
      throw new GrafanaAnswerError(
        `${what} answered 404 for the SLO list: is the Grafana SLO app installed?`,
      );
    }
    if (!res.ok) {
      throw new GrafanaAnswerError(
        `${what} answered ${res.status} ${res.statusText} for the SLO list`,
      );
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (error) {
      // A timeout or reset while reading is worth another attempt.
      if (error instanceof Error && error.name !== 'SyntaxError') throw error;
      throw new GrafanaAnswerError(
        `${what} answered the SLO list with a body that is not JSON`,
      );
    }
    const parsed = listSchema.safeParse(withoutNulls(json));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue.path.join('.') || 'the body';
      const slo = issue.path[0] === 'slos' ? sloName(json, issue.path[1]) : '';
      throw new GrafanaAnswerError(
        `${what} answered an SLO list that is not { slos: [...] } as documented: ${path}${slo}: ${issue.message}`,
      );
    }
    return parsed.data.slos as GrafanaSlo[];
  }
}

/** ` (SLO "name")` of the listed SLO at `index`, when it has one. */
function sloName(json: unknown, index: unknown): string {
  const slo = (json as { slos?: Array<{ name?: unknown }> })?.slos?.[
    index as number
  ];
  return typeof slo?.name === 'string' ? ` (SLO "${slo.name}")` : '';
}
