import { ScalingEvent } from '@internal/plugin-autoscaling-common';

/** One workload of an entity, as the store keys it: `cluster/namespace/name`. */
export function workloadKey(workload: {
  cluster?: string;
  namespace?: string;
  workload: string;
}): string {
  return `${workload.cluster ?? ''}/${workload.namespace ?? ''}/${
    workload.workload
  }`;
}

/** The replica changes the recorder has seen, and how far it has read. */
export interface ScalingEventStore {
  /** Adds the entity's events not stored yet (same workload, time and size); returns how many were new. */
  add(entityRef: string, events: ScalingEvent[]): Promise<number>;
  /** The entity's events from `from` to `to` (ms, inclusive), newest first. */
  list(entityRef: string, from: number, to: number): Promise<ScalingEvent[]>;
  /** Up to when (ms) the workload's replica series has been read; see {@link workloadKey}. */
  readUntil(entityRef: string, key: string): Promise<number | undefined>;
  setReadUntil(entityRef: string, key: string, time: number): Promise<void>;
  /** Deletes the events before `time` (ms); returns how many. */
  deleteBefore(time: number): Promise<number>;
}
