import { execFileSync } from 'node:child_process';
import { describeWithPrometheus } from 'sandbox';
import { MonthToDate } from './CostService';
import { costMetrics } from './costMetrics';
import { entityMonths, monthStatus } from './entityBudgets';

const U = 1_000_000_000n; // one dollar in nanos
const thresholds = { warning: 0.8, critical: 0.96 };
const today = '2026-11-10';

// the gateway and a "quoted" service share a database; a service without
// costs or budget is left out
const month: MonthToDate = {
  month: '2026-11',
  currency: 'USD',
  total: 125n * U,
  unallocated: 5n * U,
  organizationBudget: monthStatus(
    500n * U,
    { amount: 125n * U, fixed: 0n },
    today,
    thresholds,
  ),
  entities: entityMonths({
    today,
    thresholds,
    monthToDate: {
      daily: [],
      byEntity: [
        {
          entityRef: 'component:default/api-gateway',
          amount: 60n * U,
          fixed: 0n,
        },
        { entityRef: 'resource:default/db', amount: 30n * U, fixed: 0n },
        { entityRef: 'component:default/say-"hi"', amount: 30n * U, fixed: 0n },
        { amount: 5n * U, fixed: 0n },
      ],
      byProvider: [],
      currencies: ['USD'],
    },
    entities: [
      {
        entityRef: 'component:default/api-gateway',
        label: 'API gateway',
        owner: 'group:default/platform',
        monthlyBudget: 100n * U,
        dependsOn: ['resource:default/db'],
        dependents: 0,
      },
      {
        entityRef: 'resource:default/db',
        label: 'db',
        dependsOn: [],
        dependents: 2,
      },
      {
        entityRef: 'component:default/say-"hi"',
        label: 'hi',
        owner: 'group:default/x\\y',
        dependsOn: ['resource:default/db'],
        dependents: 0,
      },
      {
        entityRef: 'component:default/idle',
        label: 'idle',
        dependsOn: [],
        dependents: 0,
      },
    ],
  }),
};

const valueOf = (text: string, metric: string, name?: string) =>
  text
    .split('\n')
    .filter(
      line =>
        line.startsWith(`${metric}{`) &&
        (!name || line.includes(`,name="${name}",`)),
    )
    .map(line => line.slice(line.lastIndexOf(' ') + 1));

describe('costMetrics', () => {
  const text = costMetrics(month);

  it('gives each entity its spend with its share of shared Resources, and its budget ratios', () => {
    // 60 + 30 ÷ 2 = 75 of 100 after 10 days of 30: forecast 225
    expect(valueOf(text, 'portal_cost_month_to_date', 'api-gateway')).toEqual([
      '75',
    ]);
    expect(valueOf(text, 'portal_cost_monthly_budget')).toEqual(['100']);
    expect(valueOf(text, 'portal_cost_budget_ratio')).toEqual(['0.75']);
    expect(valueOf(text, 'portal_cost_forecast_month_end')).toEqual(['225']);
    expect(valueOf(text, 'portal_cost_forecast_budget_ratio')).toEqual([
      '2.25',
    ]);
    // the database itself is listed with all of its spend
    expect(valueOf(text, 'portal_cost_month_to_date', 'db')).toEqual(['30']);
    expect(valueOf(text, 'portal_cost_month_to_date', 'idle')).toEqual([]);
  });

  it('labels entities by ref, kind, name and owner, escaping quotes and backslashes', () => {
    expect(text).toContain(
      'portal_cost_month_to_date{entity_ref="component:default/api-gateway",kind="component",namespace="default",name="api-gateway",owner="group:default/platform",currency="USD"} 75\n',
    );
    expect(text).toContain(
      'portal_cost_month_to_date{entity_ref="component:default/say-\\"hi\\"",kind="component",namespace="default",name="say-\\"hi\\"",owner="group:default/x\\\\y",currency="USD"} 45\n',
    );
  });

  it('gives the organisation’s total, budget ratio and unallocated spend', () => {
    expect(valueOf(text, 'portal_cost_organization_month_to_date')).toEqual([
      '125',
    ]);
    expect(valueOf(text, 'portal_cost_organization_monthly_budget')).toEqual([
      '500',
    ]);
    expect(valueOf(text, 'portal_cost_organization_budget_ratio')).toEqual([
      '0.25',
    ]);
    expect(valueOf(text, 'portal_cost_unallocated_month_to_date')).toEqual([
      '5',
    ]);
  });

  it('leaves the organisation’s budget out when none is configured', () => {
    const { organizationBudget: _, ...without } = month;
    expect(costMetrics(without)).not.toContain(
      'portal_cost_organization_monthly',
    );
  });
});

describeWithPrometheus('costMetrics with promtool')('costMetrics text', () => {
  it('passes `promtool check metrics`', () => {
    expect(() =>
      execFileSync('promtool', ['check', 'metrics'], {
        input: costMetrics(month),
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    ).not.toThrow();
  });
});
