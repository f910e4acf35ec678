import { BudgetLevel, Nanos } from '@internal/plugin-cost-common';

/** A cost line as stored: one day of one resource, attributed or not. */
export interface StoredCostLine {
  /** `YYYY-MM-DD`, UTC */
  day: string;
  /** Undefined: unallocated */
  entityRef?: string;
  provider: string;
  serviceCategory: string;
  serviceName?: string;
  resourceId?: string;
  resourceName?: string;
  currency: string;
  amount: Nanos;
  /** One-time, or billed for more than a day: the forecast counts it once (default false) */
  fixed?: boolean;
}

/** How an import ended. */
export type ImportStatus = 'running' | 'succeeded' | 'rejected' | 'failed';

/** One import, as recorded. */
export interface ImportRecord {
  id: string;
  source: string;
  /** What identifies the data: re-importing the same key replaces its lines. */
  fileKey: string;
  status: ImportStatus;
  startedAt: string;
  finishedAt?: string;
  rowsAccepted: number;
  rowsRejected: number;
  error?: string;
}

/** Sums of cost lines by day, provider and resource. */
export interface CostSums {
  daily: Array<{ day: string; amount: Nanos }>;
  byProvider: Array<{ provider: string; amount: Nanos }>;
  byResource: Array<{
    entityRef?: string;
    resourceId?: string;
    resourceName?: string;
    provider: string;
    amount: Nanos;
  }>;
  /** The currencies of the lines summed (one, unless sources disagree). */
  currencies: string[];
  /** The part of the amounts that is fixed (see {@link StoredCostLine.fixed}) */
  fixed: Nanos;
}

/** Sums of every line of a range, for the organisation's overview. */
export interface OverviewSums {
  daily: Array<{ day: string; amount: Nanos }>;
  /** Undefined entityRef: unallocated; `fixed` is the part of `amount` that is fixed */
  byEntity: Array<{ entityRef?: string; amount: Nanos; fixed: Nanos }>;
  byProvider: Array<{ provider: string; amount: Nanos }>;
  currencies: string[];
}

/** The highest budget levels an entity's owners were notified of in a month. */
export interface BudgetNotice {
  /** `YYYY-MM` */
  month: string;
  /** The highest level the spend reached */
  status: BudgetLevel;
  /** The highest level the forecast reached */
  forecastStatus: BudgetLevel;
}

/** The lines of one import being written; see {@link CostStore.writeImport}. */
export type ImportWriter = (lines: StoredCostLine[]) => Promise<void>;

/** Cost lines and the imports that brought them. */
export interface CostStore {
  /**
   * Records an import as running; returns its id. `fingerprint` (e.g. a
   * file's size and time) lets a later run skip data already imported.
   */
  startImport(
    source: string,
    fileKey: string,
    fingerprint?: string,
  ): Promise<string>;
  /**
   * Runs `fill` in one transaction: when it answers `keep`, the lines it
   * wrote replace those of earlier imports of the same source and file key
   * (the one it answers, else the one the import started with) all at once;
   * when it does not keep them or throws, nothing changes.
   */
  writeImport(
    importId: string,
    fill: (write: ImportWriter) => Promise<{ keep: boolean; fileKey?: string }>,
  ): Promise<boolean>;
  /** The fingerprint of the last import of `source` and `fileKey` that succeeded. */
  lastFingerprint(source: string, fileKey: string): Promise<string | undefined>;
  finishImport(
    importId: string,
    outcome: {
      status: Exclude<ImportStatus, 'running'>;
      rowsAccepted: number;
      rowsRejected: number;
      error?: string;
    },
  ): Promise<void>;
  getImport(importId: string): Promise<ImportRecord | undefined>;
  /** Every line from `from` to `to` (days, inclusive), summed by day, entity and provider. */
  overviewSums(from: string, to: string): Promise<OverviewSums>;
  /** The cost of `entityRefs` from `from` to `to` (days, inclusive). */
  sums(entityRefs: string[], from: string, to: string): Promise<CostSums>;
  /** The notices of `month`, by entity ref. */
  budgetNotices(month: string): Promise<Map<string, BudgetNotice>>;
  /** Records (or raises) the levels notified for an entity in the notice's month. */
  saveBudgetNotice(entityRef: string, notice: BudgetNotice): Promise<void>;
}
