import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  addDays,
  BudgetStatus,
  CostEntityResponse,
  CostOverviewResponse,
  DailyCost,
} from '@internal/plugin-cost-common';
import { CostApi, GetCostOverviewOptions, GetEntityCostOptions } from '../api';

/*
 * Answers of the cost backend for the api-gateway (budget 120 USD), as of
 * 2026-11-22T12:00:00Z: 22 of November's 30 days are in. Every total is the
 * sum of its days, its providers and its resources; every forecast is
 * spent × 30 ÷ 22, the month-to-date daily run rate (no fixed charges).
 */

export const NOW = Date.parse('2026-11-22T12:00:00Z');

export const ENTITY_REF = 'component:default/api-gateway';

export const annotatedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    title: 'API gateway',
    annotations: {
      'agent-platform.io/cost-tags': 'service=api-gateway',
      'agent-platform.io/monthly-budget': '120',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-edge' },
};

/** Cost tags, no budget. */
export const unbudgetedEntity: Entity = {
  ...annotatedEntity,
  metadata: {
    name: 'api-gateway',
    title: 'API gateway',
    annotations: { 'agent-platform.io/cost-tags': 'service=api-gateway' },
  },
};

export const plainEntity: Entity = {
  ...annotatedEntity,
  metadata: { name: 'api-gateway' },
};

/** Consecutive days from `from`, one amount each. */
export function days(from: string, amounts: string[]): DailyCost[] {
  return amounts.map((amount, i) => ({ date: addDays(from, i), amount }));
}

const THRESHOLDS = { warning: 0.8, critical: 0.96 };

/** 66.00 of 120 (55 %) by the 22nd; forecast 66 × 30 ÷ 22 = 90.00 (75 %). */
export const okBudget: BudgetStatus = {
  month: '2026-11',
  monthly: '120',
  spentMonthToDate: '66',
  forecastMonthEnd: '90',
  forecastMethod: 'run-rate-plus-fixed-charges',
  ratio: 0.55,
  forecastRatio: 0.75,
  status: 'ok',
  forecastStatus: 'ok',
  thresholds: THRESHOLDS,
};

/**
 * 96.40 of 120 (80.33 %) by the 22nd; forecast 96.4 × 30 ÷ 22 =
 * 131.454545455 (109.55 %): the spend has reached the warning threshold,
 * the forecast the critical one.
 */
export const warningBudget: BudgetStatus = {
  ...okBudget,
  spentMonthToDate: '96.4',
  forecastMonthEnd: '131.454545455',
  ratio: 96.4 / 120,
  forecastRatio: 131.454545455 / 120,
  status: 'warning',
  forecastStatus: 'critical',
};

/** 118.80 of 120 (99 %) by the 22nd; forecast 118.8 × 30 ÷ 22 = 162.00 (135 %). */
export const criticalBudget: BudgetStatus = {
  ...okBudget,
  spentMonthToDate: '118.8',
  forecastMonthEnd: '162',
  ratio: 0.99,
  forecastRatio: 1.35,
  status: 'critical',
  forecastStatus: 'critical',
};

/**
 * November 1–22: 3.90 a day for ten days, 4.60 for eleven, 6.80 today:
 * 39.00 + 50.60 + 6.80 = 96.40. AWS 71.40 (74 %) of which the database
 * Resource 19.00, Cloudflare 15.00 (16 %), Grafana Cloud 10.00 (10 %).
 */
export const novemberCost: CostEntityResponse = {
  entityRef: ENTITY_REF,
  currency: 'USD',
  from: '2026-11-01',
  to: '2026-11-22',
  total: '96.4',
  daily: days('2026-11-01', [
    ...Array<string>(10).fill('3.9'),
    ...Array<string>(11).fill('4.6'),
    '6.8',
  ]),
  byProvider: [
    { provider: 'AWS', amount: '71.4' },
    { provider: 'Cloudflare', amount: '15' },
    { provider: 'Grafana Cloud', amount: '10' },
  ],
  byResource: [
    {
      resourceId:
        'arn:aws:ecs:eu-west-1:123456789012:service/agents/api-gateway',
      resourceName: 'api-gateway (ECS service)',
      provider: 'AWS',
      amount: '52.4',
    },
    {
      resourceId: 'arn:aws:rds:eu-west-1:123456789012:db:api-gateway-db',
      resourceName: 'api-gateway-db',
      entityRef: 'resource:default/api-gateway-db',
      provider: 'AWS',
      amount: '19',
    },
    {
      resourceId: 'cloudflare/zones/valuecanvas.io/workers/api-gateway',
      provider: 'Cloudflare',
      amount: '15',
    },
    {
      resourceId: 'grafana-cloud/stacks/valuecanvas',
      resourceName: 'valuecanvas stack',
      provider: 'Grafana Cloud',
      amount: '10',
    },
  ],
  budget: warningBudget,
};

/** October: 3.00 every day of 31, all on AWS. */
export const octoberCost: CostEntityResponse = {
  ...novemberCost,
  from: '2026-10-01',
  to: '2026-10-31',
  total: '93',
  daily: days('2026-10-01', Array<string>(31).fill('3')),
  byProvider: [{ provider: 'AWS', amount: '93' }],
  byResource: [
    {
      resourceId:
        'arn:aws:ecs:eu-west-1:123456789012:service/agents/api-gateway',
      resourceName: 'api-gateway (ECS service)',
      provider: 'AWS',
      amount: '93',
    },
  ],
};

/** Nothing billed over a range: zero days, no provider, no resource. */
export function noCost(options: GetEntityCostOptions): CostEntityResponse {
  const { from, to } = options;
  const length =
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) /
      86_400_000 +
    1;
  return {
    entityRef: options.entityRef,
    currency: 'USD',
    from,
    to,
    total: '0',
    daily: days(from, Array<string>(length).fill('0')),
    byProvider: [],
    byResource: [],
    budget: {
      ...okBudget,
      spentMonthToDate: '0',
      forecastMonthEnd: '0',
      ratio: 0,
      forecastRatio: 0,
    },
  };
}

/**
 * The organisation in November 1–22 by team: 1,234.50 in all, of which
 * Edge 700.00 (57 %), Data 400.00 (32 %), Search 50.00 (4 %) and 84.50
 * unallocated (6.84 % → 7 %): 700 + 400 + 50 + 84.5 = 1234.5. Days: 55.00
 * for 21 days and 79.50 today (1155 + 79.5). Organisation budget 2,000:
 * 1,234.50 spent (61.7 % → 61 %), forecast 1234.5 × 30 ÷ 22 = 1,683.41
 * (84.2 % → 84 %, Warning). Against October 10–31: Edge 500 → 700
 * (+200, +40 %), Data 600 → 400 (−200, −33 %), Search 0 → 50 (new).
 */
export const novemberOverview: CostOverviewResponse = {
  currency: 'USD',
  from: '2026-11-01',
  to: '2026-11-22',
  groupBy: 'team',
  total: '1234.5',
  unallocated: '84.5',
  daily: days('2026-11-01', [...Array<string>(21).fill('55'), '79.5']),
  groups: [
    {
      key: 'group:default/team-edge',
      label: 'Edge',
      entityRef: 'group:default/team-edge',
      amount: '700',
      // 700 of 800 (87.5 %), forecast 700 × 30 ÷ 22 = 954.55 (119 %)
      budget: {
        ...warningBudget,
        monthly: '800',
        spentMonthToDate: '700',
        forecastMonthEnd: '954.545454545',
        ratio: 700 / 800,
        forecastRatio: 954.545454545 / 800,
      },
    },
    {
      key: 'group:default/team-data',
      label: 'Data',
      entityRef: 'group:default/team-data',
      amount: '400',
    },
    {
      key: 'group:default/team-search',
      label: 'Search',
      entityRef: 'group:default/team-search',
      amount: '50',
    },
  ],
  organizationBudget: {
    ...okBudget,
    monthly: '2000',
    spentMonthToDate: '1234.5',
    forecastMonthEnd: '1683.409090909',
    ratio: 1234.5 / 2000,
    forecastRatio: 1683.409090909 / 2000,
    status: 'ok',
    forecastStatus: 'warning',
  },
  topMovers: [
    {
      key: 'group:default/team-edge',
      label: 'Edge',
      entityRef: 'group:default/team-edge',
      amount: '700',
      previousAmount: '500',
      change: '200',
      changeRatio: 0.4,
    },
    {
      key: 'group:default/team-data',
      label: 'Data',
      entityRef: 'group:default/team-data',
      amount: '400',
      previousAmount: '600',
      change: '-200',
      changeRatio: -200 / 600,
    },
    {
      key: 'group:default/team-search',
      label: 'Search',
      entityRef: 'group:default/team-search',
      amount: '50',
      previousAmount: '0',
      change: '50',
      changeRatio: null,
    },
  ],
  alerts: [
    {
      entityRef: 'group:default/team-edge',
      threshold: 'warning',
      basis: 'spent',
      month: '2026-11',
      ratio: 700 / 800,
    },
    {
      entityRef: 'component:default/api-gateway',
      threshold: 'critical',
      basis: 'forecast',
      month: '2026-11',
      ratio: 131.454545455 / 120,
    },
  ],
};

/**
 * The same month by service: API gateway 96.40 (7.8 %) and Search API
 * 1,053.60 (85.3 %), the same 84.50 unallocated.
 */
export const novemberOverviewByService: CostOverviewResponse = {
  ...novemberOverview,
  groupBy: 'service',
  groups: [
    {
      key: 'component:default/search-api',
      label: 'Search API',
      entityRef: 'component:default/search-api',
      amount: '1053.6',
    },
    {
      key: ENTITY_REF,
      label: 'API gateway',
      entityRef: ENTITY_REF,
      amount: '96.4',
      budget: warningBudget,
    },
  ],
  topMovers: [],
};

/** The same month by provider: AWS 1,000.00 and Cloudflare 234.50, nothing unallocated. */
export const novemberOverviewByProvider: CostOverviewResponse = {
  ...novemberOverview,
  groupBy: 'provider',
  unallocated: '0',
  groups: [
    { key: 'AWS', label: 'AWS', amount: '1000' },
    { key: 'Cloudflare', label: 'Cloudflare', amount: '234.5' },
  ],
  topMovers: [],
};

/** Nothing billed to anyone over a range. */
export function noOverview(
  options: GetCostOverviewOptions,
): CostOverviewResponse {
  const { daily } = noCost({ ...options, entityRef: ENTITY_REF });
  return {
    currency: 'USD',
    from: options.from,
    to: options.to,
    groupBy: options.groupBy,
    total: '0',
    unallocated: '0',
    daily,
    groups: [],
    topMovers: [],
    alerts: [],
  };
}

/**
 * A CostApi whose answers are the fixtures: November for this month,
 * October for last month, November's figures for anything else; the
 * overview of November by the grouping asked for, whatever the range.
 */
export function fakeCostApi(
  overrides: Partial<CostApi> = {},
): jest.Mocked<CostApi> {
  return {
    getEntityCost: jest.fn(async (options: GetEntityCostOptions) => {
      if (options.from === octoberCost.from) return octoberCost;
      return { ...novemberCost, from: options.from, to: options.to };
    }),
    getOverview: jest.fn(async (options: GetCostOverviewOptions) => {
      const byGroup = {
        team: novemberOverview,
        service: novemberOverviewByService,
        provider: novemberOverviewByProvider,
      }[options.groupBy];
      return { ...byGroup, from: options.from, to: options.to };
    }),
    ...overrides,
  } as jest.Mocked<CostApi>;
}

/** The ResponseError the client throws for a backend error of `statusCode`. */
export function responseError(
  statusCode: number,
  name: string,
  message: string,
): Promise<ResponseError> {
  const body = {
    error: { name, message },
    request: { method: 'GET', url: '/api/cost/v1/entity' },
    response: { statusCode },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: statusCode,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}
