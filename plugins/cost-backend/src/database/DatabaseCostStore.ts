import { DatabaseService } from '@backstage/backend-plugin-api';
import { migratedDatabase } from '@internal/backend-kit';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import {
  addDays,
  BudgetLevel,
  daysInMonth,
} from '@internal/plugin-cost-common';
import {
  BudgetNotice,
  CostStore,
  CostSums,
  ImportRecord,
  ImportStatus,
  ImportWriter,
  OverviewSums,
} from './CostStore';

const IMPORTS = 'cost_imports';
const LINES = 'cost_lines';
const NOTICES = 'cost_budget_notices';
const DAILY_SUMS = 'cost_daily_sums';
const MONTHLY_SUMS = 'cost_monthly_entity_sums';

/** The last day of a `YYYY-MM` month. */
const lastDayOf = (month: string) =>
  `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;

/**
 * The first and last whole months from `from` to `to` (`YYYY-MM`); the
 * first is after the last when no month is whole.
 */
function wholeMonths(from: string, to: string) {
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  return {
    first: from.endsWith('-01')
      ? fromMonth
      : addDays(lastDayOf(fromMonth), 1).slice(0, 7),
    last:
      to === lastDayOf(toMonth)
        ? toMonth
        : addDays(`${toMonth}-01`, -1).slice(0, 7),
  };
}
/** Rows per insert, under SQLite's 999 bound parameters (11 per row). */
const CHUNK = 80;
/** An exact sum on both SQLite and PostgreSQL: text, never a JS number. */
const SUM = 'CAST(SUM(amount_nanos) AS TEXT) as amount';
/** The fixed lines' part of {@link SUM}. */
const FIXED_SUM =
  'CAST(SUM(CASE WHEN fixed THEN amount_nanos ELSE 0 END) AS TEXT) as fixed';

/** Thrown inside the transaction to roll it back when `fill` declines. */
class Declined extends Error {}

type ImportRow = {
  id: string;
  source: string;
  file_key: string;
  fingerprint: string | null;
  status: string;
  started_at: Date | string;
  finished_at: Date | string | null;
  rows_accepted: number;
  rows_rejected: number;
  error: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** Cost lines in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseCostStore implements CostStore {
  static async create(database: DatabaseService): Promise<DatabaseCostStore> {
    return new DatabaseCostStore(
      await migratedDatabase(database, '@internal/plugin-cost-backend'),
    );
  }

  private constructor(private readonly db: Knex) {}

  async startImport(
    source: string,
    fileKey: string,
    fingerprint?: string,
  ): Promise<string> {
    const id = randomUUID();
    await this.db<ImportRow>(IMPORTS).insert({
      id,
      source,
      file_key: fileKey,
      fingerprint: fingerprint ?? null,
      status: 'running',
      started_at: new Date(),
      rows_accepted: 0,
      rows_rejected: 0,
    });
    return id;
  }

  async writeImport(
    importId: string,
    fill: (write: ImportWriter) => Promise<{ keep: boolean; fileKey?: string }>,
  ): Promise<boolean> {
    try {
      await this.db.transaction(async trx => {
        const write: ImportWriter = async lines => {
          for (let i = 0; i < lines.length; i += CHUNK) {
            await trx(LINES).insert(
              lines.slice(i, i + CHUNK).map(line => ({
                import_id: importId,
                day: line.day,
                entity_ref: line.entityRef ?? null,
                provider: line.provider,
                service_category: line.serviceCategory,
                service_name: line.serviceName ?? null,
                resource_id: line.resourceId ?? null,
                resource_name: line.resourceName ?? null,
                currency: line.currency,
                amount_nanos: line.amount.toString(),
                fixed: line.fixed ?? false,
              })),
            );
          }
        };
        const { keep, fileKey } = await fill(write);
        if (!keep) throw new Declined();
        if (fileKey) {
          await trx<ImportRow>(IMPORTS)
            .where({ id: importId })
            .update({ file_key: fileKey });
        }
        const { source, file_key } = await trx<ImportRow>(IMPORTS)
          .where({ id: importId })
          .first('source', 'file_key')
          .then(row => row!);
        if (trx.client.config.client === 'pg') {
          // Two imports of one file at once: the second waits for the first
          // to commit, then replaces its lines instead of keeping both.
          await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
            `cost:${source}/${file_key}`,
          ]);
        }
        const replaced = trx<ImportRow>(IMPORTS)
          .select('id')
          .where({ source, file_key })
          .whereNot({ id: importId });
        for (const table of [LINES, DAILY_SUMS, MONTHLY_SUMS]) {
          await trx(table).whereIn('import_id', replaced.clone()).delete();
        }
        await trx.raw(
          `INSERT INTO ${DAILY_SUMS} (import_id, day, provider, currency, amount_nanos)
           SELECT import_id, day, provider, currency, SUM(amount_nanos)
           FROM ${LINES} WHERE import_id = ?
           GROUP BY import_id, day, provider, currency`,
          [importId],
        );
        await trx.raw(
          `INSERT INTO ${MONTHLY_SUMS}
             (import_id, month, entity_ref, currency, amount_nanos, fixed_nanos)
           SELECT import_id, substr(day, 1, 7), entity_ref, currency,
             SUM(amount_nanos), SUM(CASE WHEN fixed THEN amount_nanos ELSE 0 END)
           FROM ${LINES} WHERE import_id = ?
           GROUP BY import_id, substr(day, 1, 7), entity_ref, currency`,
          [importId],
        );
      });
      return true;
    } catch (error) {
      if (error instanceof Declined) return false;
      throw error;
    }
  }

  async finishImport(
    importId: string,
    outcome: {
      status: Exclude<ImportStatus, 'running'>;
      rowsAccepted: number;
      rowsRejected: number;
      error?: string;
    },
  ): Promise<void> {
    await this.db<ImportRow>(IMPORTS)
      .where({ id: importId })
      .update({
        status: outcome.status,
        finished_at: new Date(),
        rows_accepted: outcome.rowsAccepted,
        rows_rejected: outcome.rowsRejected,
        error: outcome.error ?? null,
      });
  }

  async lastFingerprint(
    source: string,
    fileKey: string,
  ): Promise<string | undefined> {
    const row = await this.db<ImportRow>(IMPORTS)
      .where({ source, file_key: fileKey, status: 'succeeded' })
      .orderBy('started_at', 'desc')
      .first('fingerprint');
    return row?.fingerprint ?? undefined;
  }

  async getImport(importId: string): Promise<ImportRecord | undefined> {
    const row = await this.db<ImportRow>(IMPORTS)
      .where({ id: importId })
      .first();
    if (!row) return undefined;
    return {
      id: row.id,
      source: row.source,
      fileKey: row.file_key,
      status: row.status as ImportStatus,
      startedAt: iso(row.started_at),
      ...(row.finished_at ? { finishedAt: iso(row.finished_at) } : {}),
      rowsAccepted: Number(row.rows_accepted),
      rowsRejected: Number(row.rows_rejected),
      ...(row.error ? { error: row.error } : {}),
    };
  }

  async budgetNotices(month: string): Promise<Map<string, BudgetNotice>> {
    const rows = await this.db(NOTICES).where({ month });
    return new Map(
      rows.map(row => [
        row.entity_ref,
        {
          month,
          status: row.spent_level as BudgetLevel,
          forecastStatus: row.forecast_level as BudgetLevel,
        },
      ]),
    );
  }

  async saveBudgetNotice(
    entityRef: string,
    notice: BudgetNotice,
  ): Promise<void> {
    await this.db(NOTICES)
      .insert({
        entity_ref: entityRef,
        month: notice.month,
        spent_level: notice.status,
        forecast_level: notice.forecastStatus,
        updated_at: new Date(),
      })
      .onConflict(['entity_ref', 'month'])
      .merge(['spent_level', 'forecast_level', 'updated_at']);
  }

  async overviewSums(from: string, to: string): Promise<OverviewSums> {
    const days = () => this.db(DAILY_SUMS).whereBetween('day', [from, to]);
    const [daily, byEntity, byProvider, currencies] = await Promise.all([
      days().select('day', this.db.raw(SUM)).groupBy('day').orderBy('day'),
      this.entitySums(from, to),
      days()
        .select('provider', this.db.raw(SUM))
        .groupBy('provider')
        .orderBy('provider'),
      days().distinct('currency').orderBy('currency'),
    ]);
    return {
      daily: daily.map(r => ({ day: r.day, amount: BigInt(r.amount) })),
      byEntity,
      byProvider: byProvider.map(r => ({
        provider: r.provider,
        amount: BigInt(r.amount),
      })),
      currencies: currencies.map(r => r.currency),
    };
  }

  /**
   * Every entity's sum from `from` to `to`: whole months from the monthly
   * sums, the days of a partial month at either end from the lines.
   */
  private async entitySums(
    from: string,
    to: string,
  ): Promise<OverviewSums['byEntity']> {
    const { first, last } = wholeMonths(from, to);
    const fromLines = (start: string, end: string) =>
      this.db(LINES)
        .whereBetween('day', [start, end])
        .select('entity_ref', this.db.raw(SUM), this.db.raw(FIXED_SUM))
        .groupBy('entity_ref');
    const parts =
      first > last
        ? [fromLines(from, to)]
        : [
            this.db(MONTHLY_SUMS)
              .whereBetween('month', [first, last])
              .select(
                'entity_ref',
                this.db.raw(SUM),
                this.db.raw('CAST(SUM(fixed_nanos) AS TEXT) as fixed'),
              )
              .groupBy('entity_ref'),
            ...(from < `${first}-01`
              ? [fromLines(from, addDays(`${first}-01`, -1))]
              : []),
            ...(to > lastDayOf(last)
              ? [fromLines(addDays(lastDayOf(last), 1), to)]
              : []),
          ];
    const sums = new Map<string | null, { amount: bigint; fixed: bigint }>();
    for (const rows of await Promise.all(parts)) {
      for (const row of rows) {
        const held = sums.get(row.entity_ref) ?? { amount: 0n, fixed: 0n };
        held.amount += BigInt(row.amount);
        held.fixed += BigInt(row.fixed);
        sums.set(row.entity_ref, held);
      }
    }
    return [...sums].map(([entityRef, sum]) => ({
      ...(entityRef ? { entityRef } : {}),
      ...sum,
    }));
  }

  async sums(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<CostSums> {
    const lines = () =>
      this.db(LINES)
        .whereIn('entity_ref', entityRefs)
        .whereBetween('day', [from, to]);
    const [daily, byProvider, byResource, currencies, [fixed]] =
      await Promise.all([
        lines().select('day', this.db.raw(SUM)).groupBy('day').orderBy('day'),
        lines()
          .select('provider', this.db.raw(SUM))
          .groupBy('provider')
          .orderBy('provider'),
        lines()
          .select(
            'entity_ref',
            'resource_id',
            'resource_name',
            'provider',
            this.db.raw(SUM),
          )
          .groupBy('entity_ref', 'resource_id', 'resource_name', 'provider')
          .orderBy(['entity_ref', 'resource_id', 'provider']),
        lines().distinct('currency').orderBy('currency'),
        lines().select(this.db.raw(FIXED_SUM)),
      ]);
    return {
      daily: daily.map(r => ({ day: r.day, amount: BigInt(r.amount) })),
      byProvider: byProvider.map(r => ({
        provider: r.provider,
        amount: BigInt(r.amount),
      })),
      byResource: byResource.map(r => ({
        ...(r.entity_ref ? { entityRef: r.entity_ref } : {}),
        ...(r.resource_id ? { resourceId: r.resource_id } : {}),
        ...(r.resource_name ? { resourceName: r.resource_name } : {}),
        provider: r.provider,
        amount: BigInt(r.amount),
      })),
      currencies: currencies.map(r => r.currency),
      // SUM of no lines is null
      fixed: BigInt(fixed?.fixed ?? 0),
    };
  }
}
