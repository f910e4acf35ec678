import { createApiRef } from '@backstage/core-plugin-api';
import {
  SloHistoryResponse,
  SloListResponse,
} from '@internal/plugin-slo-common';

/** @public */
export interface GetSloHistoryOptions {
  /** The entity the SLO belongs to, e.g. `component:default/api-gateway`. */
  entityRef: string;
  /** The SLO's `id` as returned by {@link SloApi.getSlos}. */
  id: string;
  /** First day, `YYYY-MM-DD` (UTC). */
  from: string;
  /** Last day, `YYYY-MM-DD` (UTC). */
  to: string;
}

/**
 * Reads SLOs from the slo backend plugin.
 *
 * @public
 */
export interface SloApi {
  /** The entity's SLOs, plus the sources that could not be read. */
  getSlos(entityRef: string): Promise<SloListResponse>;

  /** One point per day of an SLO's history, for the burn-down chart. */
  getHistory(options: GetSloHistoryOptions): Promise<SloHistoryResponse>;
}

/** @public */
export const sloApiRef = createApiRef<SloApi>({
  id: 'plugin.slo.service',
});
