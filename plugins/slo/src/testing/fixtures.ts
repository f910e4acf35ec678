import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  BurnRateWindow,
  Slo,
  SloHistoryResponse,
  SloListResponse,
} from '@internal/plugin-slo-common';
import { GetSloHistoryOptions, SloApi } from '../api';

/*
 * Realistic answers of the slo backend for the api-gateway, as of
 * 2026-11-22T12:00:00Z. Every figure follows from the SLI and the objective:
 * budget left = (SLI − objective) / (1 − objective), budget time = that share
 * of (1 − objective) × 43 200 min (30 days), burn rate = (1 − SLI) / (1 − objective).
 */

export const NOW = Date.parse('2026-11-22T12:00:00Z');

export const ENTITY_REF = 'component:default/api-gateway';

export const annotatedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    annotations: { 'grafana.com/slo-selector': 'service=api-gateway' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-edge' },
};

export const plainEntity: Entity = {
  ...annotatedEntity,
  metadata: { name: 'api-gateway' },
};

const burnRates = (
  rates: Array<[number | null, number | null]>,
): BurnRateWindow[] => {
  const pairs = [
    ['page', '1h', '5m', 14.4],
    ['page', '6h', '30m', 6],
    ['ticket', '1d', '2h', 3],
    ['ticket', '3d', '6h', 1],
  ] as const;
  return pairs.map(([severity, longWindow, shortWindow, threshold], i) => {
    const [longBurnRate, shortBurnRate] = rates[i];
    return {
      severity,
      longWindow,
      shortWindow,
      threshold,
      longBurnRate,
      shortBurnRate,
      firing:
        longBurnRate !== null &&
        shortBurnRate !== null &&
        longBurnRate > threshold &&
        shortBurnRate > threshold,
    };
  });
};

/** SLI 99.872 % against 99.9 %: 28 % overspent, and the 1h/5m page fires. */
export const breachingLatencySlo: Slo = {
  id: '5f1c0a7e-latency',
  name: 'Requests under 400 ms',
  description: '99.9 % of requests through the gateway answer within 400 ms.',
  source: 'grafana',
  indicator: 'latency',
  objective: 0.999,
  window: { type: 'rolling', duration: '30d' },
  sli: 0.99872,
  errorBudgetRemaining: -0.28,
  errorBudgetRemainingMinutes: -12.096,
  errorBudgetTotalMinutes: 43.2,
  burnRates: burnRates([
    [20, 30],
    [4.1, 7.9],
    [2.6, 3.4],
    [0.9, 4.1],
  ]),
  status: 'breaching',
  dashboardUrl: 'https://grafana.example.com/d/slo-api-gateway',
  runbookUrl: '/docs/default/component/api-gateway/runbooks/high-latency/',
  updatedAt: '2026-11-22T11:58:00Z',
  stale: false,
};

/** SLI 99.953 % against 99.9 %: 53 % of the budget, 22.9 of 43.2 min, left. */
export const okAvailabilitySlo: Slo = {
  id: '5f1c0a7e-availability',
  name: 'Availability',
  source: 'grafana',
  indicator: 'availability',
  objective: 0.999,
  window: { type: 'rolling', duration: '30d' },
  sli: 0.99953,
  errorBudgetRemaining: 0.53,
  errorBudgetRemainingMinutes: 22.896,
  errorBudgetTotalMinutes: 43.2,
  burnRates: burnRates([
    [0.2, 0],
    [0.4, 0.3],
    [0.5, 0.6],
    [0.47, 0.5],
  ]),
  status: 'ok',
  dashboardUrl: 'https://grafana.example.com/d/slo-api-gateway',
  runbookUrl: '/docs/default/component/api-gateway/runbooks/availability/',
  updatedAt: '2026-11-22T11:58:00Z',
  stale: false,
};

/** No requests in the window: nothing to measure. */
export const noDataSlo: Slo = {
  id: 'slos/api-gateway.yaml#admin-availability',
  name: 'Admin API availability',
  source: 'openslo',
  indicator: 'availability',
  objective: 0.99,
  window: { type: 'rolling', duration: '30d' },
  sli: null,
  errorBudgetRemaining: null,
  errorBudgetRemainingMinutes: null,
  errorBudgetTotalMinutes: 432,
  burnRates: burnRates([
    [null, null],
    [null, null],
    [null, null],
    [null, null],
  ]),
  status: 'no-data',
  updatedAt: '2026-11-22T11:58:00Z',
  stale: false,
};

/**
 * Served from cache: Prometheus timed out 3 hours ago. SLI 99.928 % against
 * 99.9 % over November (30 days): 28 % left, 12.1 of 43.2 min.
 */
export const staleSlo: Slo = {
  id: 'slos/api-gateway.yaml#checkout-availability',
  name: 'Checkout availability',
  source: 'openslo',
  indicator: 'availability',
  objective: 0.999,
  window: { type: 'calendar', unit: 'month' },
  sli: 0.99928,
  errorBudgetRemaining: 0.28,
  errorBudgetRemainingMinutes: 12.096,
  errorBudgetTotalMinutes: 43.2,
  burnRates: burnRates([
    [0.5, 0.4],
    [0.6, 0.7],
    [0.8, 0.7],
    [0.7, 0.8],
  ]),
  status: 'ok',
  runbookUrl: '/docs/default/component/api-gateway/runbooks/availability/',
  updatedAt: '2026-11-22T09:00:00Z',
  stale: true,
  error: 'Prometheus query timed out after 10 s',
};

export const sloList: SloListResponse = {
  entityRef: ENTITY_REF,
  slos: [breachingLatencySlo, okAvailabilitySlo, noDataSlo, staleSlo],
  errors: [],
};

export const history: SloHistoryResponse = {
  entityRef: ENTITY_REF,
  id: breachingLatencySlo.id,
  points: [
    { date: '2026-11-20', sli: 0.9995, errorBudgetRemaining: 0.5 },
    { date: '2026-11-21', sli: 0.9991, errorBudgetRemaining: 0.1 },
    { date: '2026-11-22', sli: 0.99872, errorBudgetRemaining: -0.28 },
  ],
};

/** A fake SloApi with jest mocks, answering with the fixtures by default. */
export function fakeSloApi(overrides: Partial<SloApi> = {}) {
  return {
    getSlos: jest.fn(async (_entityRef: string) => sloList),
    getHistory: jest.fn(async (_options: GetSloHistoryOptions) => history),
    ...overrides,
  } satisfies SloApi;
}

/** The ResponseError the client throws for a Backstage error response. */
export function responseError(
  statusCode: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  const body = {
    error: { name, message },
    request: { method: 'GET', url: '/api/slo/v1/slos' },
    response: { statusCode },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: statusCode,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}
