/** Where an SLO is defined and evaluated. */
export type SloSource = 'grafana' | 'openslo';

/**
 * The period an objective is measured over: a rolling window such as the last
 * 30 days, or a calendar period that resets at its start (UTC).
 */
export type SloWindow =
  | { type: 'rolling'; duration: string }
  | { type: 'calendar'; unit: 'month' | 'week' };

/** What the indicator measures; picks the runbook that fits. */
export type SloIndicator = 'availability' | 'latency';

/**
 * - `ok`: within budget, no burn alert firing
 * - `warning`: a ticket-severity burn alert fires, or less than a quarter of
 *   the error budget is left
 * - `breaching`: the budget is spent, or a page-severity burn alert fires
 * - `no-data`: the window had no traffic (or the source gave no answer)
 */
export type SloStatus = 'ok' | 'warning' | 'breaching' | 'no-data';

export type BurnRateSeverity = 'page' | 'ticket';

/**
 * One multi-window burn-rate alert of the SRE workbook: it fires when both the
 * long and the short window burn faster than the threshold.
 */
export interface BurnRateWindow {
  severity: BurnRateSeverity;
  /** e.g. `1h` */
  longWindow: string;
  /** e.g. `5m` */
  shortWindow: string;
  /** Burn rate above which the pair fires, e.g. 14.4 for 1h on 30 days. */
  threshold: number;
  /** `null` when the window had no traffic. */
  longBurnRate: number | null;
  shortBurnRate: number | null;
  firing: boolean;
}

export interface Slo {
  /** Stable within the source: the Grafana SLO uuid or `<file>#<name>`. */
  id: string;
  name: string;
  description?: string;
  source: SloSource;
  indicator: SloIndicator;
  /** Target ratio of good events, e.g. 0.999. */
  objective: number;
  window: SloWindow;
  /** Good / total over the window; `null` when there was no traffic. */
  sli: number | null;
  /** (sli − objective) / (1 − objective); below 0 once the budget is spent. */
  errorBudgetRemaining: number | null;
  /** The remaining budget as time, e.g. 12 of 43.2 minutes. */
  errorBudgetRemainingMinutes: number | null;
  /** The whole budget as time: (1 − objective) × window length. */
  errorBudgetTotalMinutes: number;
  burnRates: BurnRateWindow[];
  status: SloStatus;
  dashboardUrl?: string;
  /** The entity's TechDocs runbook for this kind of SLO. */
  runbookUrl?: string;
  /** When the figures were computed (ISO 8601). */
  updatedAt: string;
  /** True when served from cache because the source failed. */
  stale: boolean;
  /** What went wrong with this SLO's source or query. */
  error?: string;
}

/** A source that could not be read at all, with no SLO to attach it to. */
export interface SloSourceError {
  source: SloSource;
  message: string;
}

/** `GET /api/slo/v1/slos?entityRef=` */
export interface SloListResponse {
  entityRef: string;
  slos: Slo[];
  errors: SloSourceError[];
}

/** One day of an SLO's history. */
export interface SloHistoryPoint {
  /** `YYYY-MM-DD` (UTC) */
  date: string;
  sli: number | null;
  errorBudgetRemaining: number | null;
}

/** `GET /api/slo/v1/slos/history?entityRef=&id=&from=&to=` */
export interface SloHistoryResponse {
  entityRef: string;
  id: string;
  points: SloHistoryPoint[];
}
