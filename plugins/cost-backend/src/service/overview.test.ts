import { OverviewSums } from '../database/CostStore';
import { CostGroupBy } from '@internal/plugin-cost-common';
import { buildOverview, EntityFacts, OverviewInput } from './overview';

const U = 1_000_000_000n; // one dollar in nanos
const GATEWAY = 'component:default/api-gateway';
const ORCHESTRATOR = 'component:default/orchestrator';
const DB = 'resource:default/agent-platform-db';
const AGENT = 'component:default/target-agent';
const PLATFORM = 'group:default/platform-team';

const entities: EntityFacts[] = [
  {
    entityRef: GATEWAY,
    label: 'API gateway',
    owner: PLATFORM,
    monthlyBudget: 100n * U,
    dependsOn: [DB],
    dependents: 0,
  },
  {
    entityRef: ORCHESTRATOR,
    label: 'Orchestrator',
    owner: PLATFORM,
    monthlyBudget: 50n * U,
    dependsOn: [DB],
    dependents: 0,
  },
  // two entities depend on the database: each takes half
  {
    entityRef: DB,
    label: 'Agent platform database',
    owner: PLATFORM,
    dependsOn: [],
    dependents: 2,
  },
  {
    entityRef: AGENT,
    label: 'Target agent',
    owner: 'group:default/agents-team',
    monthlyBudget: 10n * U,
    dependsOn: [],
    dependents: 0,
  },
];

const current: OverviewSums = {
  daily: [
    { day: '2026-11-01', amount: 50n * U },
    { day: '2026-11-10', amount: 80n * U },
  ],
  byEntity: [
    { entityRef: GATEWAY, amount: 60n * U, fixed: 0n },
    { entityRef: ORCHESTRATOR, amount: 45n * U, fixed: 0n },
    { entityRef: DB, amount: 20n * U, fixed: 0n },
    { entityRef: AGENT, amount: 1n * U, fixed: 0n },
    { amount: 4n * U, fixed: 0n },
  ],
  byProvider: [
    { provider: 'AWS', amount: 110n * U },
    { provider: 'Neon', amount: 20n * U },
  ],
  currencies: ['USD'],
};

const previous: OverviewSums = {
  daily: [],
  byEntity: [
    { entityRef: GATEWAY, amount: 30n * U, fixed: 0n },
    { entityRef: ORCHESTRATOR, amount: 45n * U, fixed: 0n },
    { entityRef: AGENT, amount: 2n * U, fixed: 0n },
  ],
  byProvider: [{ provider: 'AWS', amount: 77n * U }],
  currencies: ['USD'],
};

const input = (groupBy: CostGroupBy): OverviewInput => ({
  from: '2026-11-01',
  to: '2026-11-10',
  groupBy,
  currency: 'USD',
  today: '2026-11-10',
  thresholds: { warning: 0.8, critical: 0.96 },
  organizationBudget: 200n * U,
  current,
  previous,
  monthToDate: current,
  entities,
});
const overview = (groupBy: CostGroupBy) => buildOverview(input(groupBy));

describe('buildOverview', () => {
  it('totals the organisation, keeps unallocated spend apart and measures its budget', () => {
    const answer = overview('team');

    // 60 + 45 + 20 + 1 + 4
    expect(answer.total).toBe('130');
    expect(answer.unallocated).toBe('4');
    expect(answer.daily).toEqual([
      { date: '2026-11-01', amount: '50' },
      { date: '2026-11-10', amount: '80' },
    ]);
    // 130 of 200 after 10 days: forecast 130 × 30 ÷ 10 = 390
    expect(answer.organizationBudget).toEqual(
      expect.objectContaining({
        spentMonthToDate: '130',
        forecastMonthEnd: '390',
        status: 'ok',
        forecastStatus: 'critical',
      }),
    );
  });

  it('groups by owning team with the sum of its entities’ budgets, and moves against the previous period', () => {
    const answer = overview('team');

    expect(answer.groups).toEqual([
      {
        key: PLATFORM,
        label: 'platform-team',
        entityRef: PLATFORM,
        // 60 + 45 + 20
        amount: '125',
        // 125 of 100 + 50: 0.8333 → warning
        budget: expect.objectContaining({ monthly: '150', status: 'warning' }),
      },
      {
        key: 'group:default/agents-team',
        label: 'agents-team',
        entityRef: 'group:default/agents-team',
        amount: '1',
        budget: expect.objectContaining({ monthly: '10', status: 'ok' }),
      },
    ]);
    expect(answer.topMovers).toEqual([
      // 125 − 75 = 50, 50 ÷ 75
      expect.objectContaining({
        key: PLATFORM,
        previousAmount: '75',
        change: '50',
        changeRatio: expect.closeTo(0.6667, 4),
      }),
      // 1 − 2 = −1, −1 ÷ 2
      expect.objectContaining({ change: '-1', changeRatio: -0.5 }),
    ]);
  });

  it('measures a team against its configured budget instead of the sum of its entities’', () => {
    const answer = buildOverview({
      ...input('team'),
      groupBudgets: new Map([[PLATFORM, 250n * U]]),
    });

    // 125 of 250: 0.5 → ok; the agents team keeps the sum of its entities'
    expect(answer.groups.map(g => [g.key, g.budget?.monthly])).toEqual([
      [PLATFORM, '250'],
      ['group:default/agents-team', '10'],
    ]);
    expect(answer.groups[0].budget).toEqual(
      expect.objectContaining({ spentMonthToDate: '125', status: 'ok' }),
    );
  });

  it('alerts on entities over a threshold by spend or forecast, counting their share of shared Resources', () => {
    const answer = overview('service');

    expect(answer.alerts).toEqual([
      // the gateway: 60 + 20 ÷ 2 = 70 of 100 spent (ok), forecast 210 → 2.1
      {
        entityRef: GATEWAY,
        threshold: 'critical',
        basis: 'forecast',
        month: '2026-11',
        ratio: expect.closeTo(2.1, 6),
      },
      // the orchestrator: 45 + 10 = 55 of 50 → 1.1 spent
      {
        entityRef: ORCHESTRATOR,
        threshold: 'critical',
        basis: 'spent',
        month: '2026-11',
        ratio: expect.closeTo(1.1, 6),
      },
    ]);
    expect(
      answer.groups.map(g => [g.label, g.amount, g.budget?.status]),
    ).toEqual([
      ['API gateway', '60', 'ok'],
      ['Orchestrator', '45', 'critical'],
      ['Agent platform database', '20', undefined],
      ['Target agent', '1', 'ok'],
    ]);
  });

  it('groups by provider without budgets or entity links', () => {
    const answer = overview('provider');

    expect(answer.groups).toEqual([
      { key: 'AWS', label: 'AWS', amount: '110' },
      { key: 'Neon', label: 'Neon', amount: '20' },
    ]);
    // AWS 77 → 110; Neon new
    expect(answer.topMovers.map(m => [m.key, m.change, m.changeRatio])).toEqual(
      [
        ['AWS', '33', expect.closeTo(0.4286, 4)],
        ['Neon', '20', null],
      ],
    );
  });
});
