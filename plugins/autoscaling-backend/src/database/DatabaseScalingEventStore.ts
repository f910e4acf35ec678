import { DatabaseService } from '@backstage/backend-plugin-api';
import { migratedDatabase } from '@internal/backend-kit';
import {
  ScalingEvent,
  ScalingEventSource,
} from '@internal/plugin-autoscaling-common';
import { Knex } from 'knex';
import { ScalingEventStore, workloadKey } from './ScalingEventStore';

const EVENTS = 'autoscaling_events';
const CURSORS = 'autoscaling_cursors';
/** Rows per insert, well under SQLite's 999 bound parameters (11 per row). */
const CHUNK = 80;

type EventRow = {
  entity_ref: string;
  workload_key: string;
  workload: string;
  cluster: string | null;
  namespace: string | null;
  time_ms: number | string;
  from_replicas: number | null;
  to_replicas: number;
  reason: string;
  source: string;
  at_max: boolean | number;
};

/** The scaling events in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseScalingEventStore implements ScalingEventStore {
  static async create(
    database: DatabaseService,
  ): Promise<DatabaseScalingEventStore> {
    const client = await migratedDatabase(
      database,
      '@internal/plugin-autoscaling-backend',
    );
    return new DatabaseScalingEventStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async add(entityRef: string, events: ScalingEvent[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < events.length; i += CHUNK) {
      const rows: EventRow[] = events.slice(i, i + CHUNK).map(e => ({
        entity_ref: entityRef,
        workload_key: workloadKey(e),
        workload: e.workload,
        cluster: e.cluster ?? null,
        namespace: e.namespace ?? null,
        time_ms: Date.parse(e.time),
        from_replicas: e.from ?? null,
        to_replicas: e.to,
        reason: e.reason,
        source: e.source,
        at_max: Boolean(e.atMax),
      }));
      const inserted = await this.db<EventRow>(EVENTS)
        .insert(rows)
        .onConflict(['entity_ref', 'workload_key', 'time_ms', 'to_replicas'])
        .ignore()
        .returning('time_ms');
      added += inserted.length;
    }
    return added;
  }

  async list(
    entityRef: string,
    from: number,
    to: number,
  ): Promise<ScalingEvent[]> {
    const rows = await this.db<EventRow>(EVENTS)
      .where({ entity_ref: entityRef })
      .whereBetween('time_ms', [from, to])
      .orderBy('time_ms', 'desc');
    return rows.map(row => ({
      time: new Date(Number(row.time_ms)).toISOString(),
      workload: row.workload,
      ...(row.cluster === null ? {} : { cluster: row.cluster }),
      ...(row.namespace === null ? {} : { namespace: row.namespace }),
      ...(row.from_replicas === null ? {} : { from: row.from_replicas }),
      to: row.to_replicas,
      reason: row.reason,
      source: row.source as ScalingEventSource,
      atMax: Boolean(row.at_max),
    }));
  }

  async readUntil(entityRef: string, key: string): Promise<number | undefined> {
    const row = await this.db(CURSORS)
      .where({ entity_ref: entityRef, workload_key: key })
      .first('read_until_ms');
    return row ? Number(row.read_until_ms) : undefined;
  }

  async setReadUntil(
    entityRef: string,
    key: string,
    time: number,
  ): Promise<void> {
    await this.db(CURSORS)
      .insert({ entity_ref: entityRef, workload_key: key, read_until_ms: time })
      .onConflict(['entity_ref', 'workload_key'])
      .merge();
  }

  async deleteBefore(time: number): Promise<number> {
    return this.db(EVENTS).where('time_ms', '<', time).delete();
  }
}
