import { SloHistoryPoint, SloSource } from '@internal/plugin-slo-common';

/** One SLO's figures on one day. */
export interface SloSnapshot extends SloHistoryPoint {
  entityRef: string;
  sloId: string;
  source: SloSource;
  objective: number;
  /** When the figures were measured (ms since epoch). */
  recordedAt: number;
}

/** Where daily SLO snapshots are kept. */
export interface SloSnapshotStore {
  /** Stores the snapshots; a later one for the same SLO and day replaces the earlier. */
  upsert(snapshots: SloSnapshot[]): Promise<void>;
  /** One SLO's snapshots from `from` to `to` (`YYYY-MM-DD`, inclusive), by date. */
  list(query: {
    entityRef: string;
    sloId: string;
    from: string;
    to: string;
  }): Promise<SloSnapshot[]>;
  /** Deletes the snapshots of days before `day`; returns how many. */
  deleteBefore(day: string): Promise<number>;
}
