import { ConfigReader } from '@backstage/config';
import { readBudgetsConfig } from './budgetsConfig';

const U = 1_000_000_000n;
const read = (budgets: object) =>
  readBudgetsConfig(new ConfigReader({ budgets }));

describe('readBudgetsConfig', () => {
  it('defaults to 80 % and 96 % with no organisation or team budgets', () => {
    expect(readBudgetsConfig(undefined)).toEqual({
      thresholds: { warning: 0.8, critical: 0.96 },
      groupBudgets: new Map(),
    });
  });

  it('reads the organisation’s and the teams’ budgets as text or numbers, teams by full ref', () => {
    expect(
      read({
        organization: 1200,
        thresholds: { warning: 0.5 },
        groups: [
          { group: 'platform-team', monthly: '500.25' },
          { group: 'group:ops/agents', monthly: 80 },
        ],
      }),
    ).toEqual({
      thresholds: { warning: 0.5, critical: 0.96 },
      organizationBudget: 1200n * U,
      groupBudgets: new Map([
        ['group:default/platform-team', 500_250_000_000n],
        ['group:ops/agents', 80n * U],
      ]),
    });
  });

  it('names the key of a bad amount or group ref', () => {
    expect(() => read({ organization: '12,50' })).toThrow(
      /^cost.budgets.organization is not an amount: /,
    );
    expect(() => read({ groups: [{ group: 'a', monthly: '0' }] })).toThrow(
      'cost.budgets.groups[0].monthly must be above 0, not 0',
    );
    expect(() =>
      read({ groups: [{ group: 'user:default/ann', monthly: '5' }] }),
    ).toThrow(
      'cost.budgets.groups[0].group must be a group ref, not user:default/ann',
    );
  });
});
