import { DatabaseService } from '@backstage/backend-plugin-api';
import { migratedDatabase } from '@internal/backend-kit';
import { SloSource } from '@internal/plugin-slo-common';
import { Knex } from 'knex';
import { SloSnapshot, SloSnapshotStore } from './SloSnapshotStore';

const TABLE = 'slo_snapshots';

type Row = {
  entity_ref: string;
  slo_id: string;
  day: string;
  source: string;
  objective: number;
  sli: number | null;
  error_budget_remaining: number | null;
  recorded_at: Date | string;
};

/** The snapshots in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseSloSnapshotStore implements SloSnapshotStore {
  static async create(
    database: DatabaseService,
  ): Promise<DatabaseSloSnapshotStore> {
    const client = await migratedDatabase(
      database,
      '@internal/plugin-slo-backend',
    );
    return new DatabaseSloSnapshotStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async upsert(snapshots: SloSnapshot[]): Promise<void> {
    if (snapshots.length === 0) return;
    await this.db<Row>(TABLE)
      .insert(
        snapshots.map(s => ({
          entity_ref: s.entityRef,
          slo_id: s.sloId,
          day: s.date,
          source: s.source,
          objective: s.objective,
          sli: s.sli,
          error_budget_remaining: s.errorBudgetRemaining,
          recorded_at: new Date(s.recordedAt),
        })),
      )
      .onConflict(['entity_ref', 'slo_id', 'day'])
      .merge();
  }

  async list(query: {
    entityRef: string;
    sloId: string;
    from: string;
    to: string;
  }): Promise<SloSnapshot[]> {
    const rows = await this.db<Row>(TABLE)
      .where({ entity_ref: query.entityRef, slo_id: query.sloId })
      .whereBetween('day', [query.from, query.to])
      .orderBy('day');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      sloId: row.slo_id,
      date: row.day,
      source: row.source as SloSource,
      objective: Number(row.objective),
      sli: row.sli === null ? null : Number(row.sli),
      errorBudgetRemaining:
        row.error_budget_remaining === null
          ? null
          : Number(row.error_budget_remaining),
      recordedAt: new Date(row.recorded_at).getTime(),
    }));
  }

  async deleteBefore(day: string): Promise<number> {
    return this.db<Row>(TABLE).where('day', '<', day).delete();
  }
}
