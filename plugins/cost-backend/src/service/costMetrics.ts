import { parseEntityRef } from '@backstage/catalog-model';
import { BudgetStatus, formatAmount } from '@internal/plugin-cost-common';
import { MonthToDate } from './CostService';

type Labels = Record<string, string>;

interface Family {
  name: string;
  help: string;
  samples: Array<{ labels: Labels; value: string }>;
}

/** A label value as the text format quotes it: `\`, `"` and newlines escaped. */
const quoted = (value: string) =>
  `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')}"`;

const sample = ({ labels, value }: Family['samples'][number]) => {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${quoted(v)}`);
  return `{${pairs.join(',')}} ${value}`;
};

/**
 * This month's costs in the Prometheus text exposition format (0.0.4), for
 * Grafana's cost-vs-budget panel and alert rules:
 *
 * - `portal_cost_month_to_date`, `portal_cost_forecast_month_end`: each
 *   entity's spend (its own plus its share of the Resources it depends on,
 *   as on its Costs tab) and the month-end forecast, in `currency`;
 * - `portal_cost_monthly_budget`, `portal_cost_budget_ratio`,
 *   `portal_cost_forecast_budget_ratio`: for entities with a budget;
 * - `portal_cost_organization_*` and `portal_cost_unallocated_month_to_date`.
 *
 * Entities are labelled `entity_ref`, `kind`, `namespace`, `name` (which
 * matches the `service` label of the services' own metrics) and `owner`.
 */
export function costMetrics(month: MonthToDate): string {
  const { currency } = month;
  const entityLabels = ({ facts }: MonthToDate['entities'][number]) => {
    const { kind, namespace, name } = parseEntityRef(facts.entityRef);
    return {
      entity_ref: facts.entityRef,
      kind,
      namespace,
      name,
      owner: facts.owner ?? '',
      currency,
    };
  };
  const counted = month.entities.filter(e => e.spent !== 0n || e.budget);
  const budgeted = counted.flatMap(e =>
    e.budget ? [{ labels: entityLabels(e), budget: e.budget }] : [],
  );
  const byBudget = (value: (budget: BudgetStatus) => string | number) =>
    budgeted.map(({ labels, budget }) => ({
      labels,
      value: String(value(budget)),
    }));
  const organization = month.organizationBudget;
  const families: Family[] = [
    {
      name: 'portal_cost_month_to_date',
      help: "The entity's spend this month so far, its share of the Resources it depends on included",
      samples: counted.map(e => ({
        labels: entityLabels(e),
        value: formatAmount(e.spent),
      })),
    },
    {
      name: 'portal_cost_monthly_budget',
      help: "The entity's monthly budget (agent-platform.io/monthly-budget)",
      samples: byBudget(b => b.monthly),
    },
    {
      name: 'portal_cost_forecast_month_end',
      help: "The entity's month-end spend at this month's daily run rate",
      samples: byBudget(b => b.forecastMonthEnd),
    },
    {
      name: 'portal_cost_budget_ratio',
      help: 'Spend this month so far divided by the monthly budget',
      samples: byBudget(b => b.ratio),
    },
    {
      name: 'portal_cost_forecast_budget_ratio',
      help: 'The month-end forecast divided by the monthly budget',
      samples: byBudget(b => b.forecastRatio),
    },
    {
      name: 'portal_cost_unallocated_month_to_date',
      help: "Spend this month that no entity's cost tags matched",
      samples: [
        { labels: { currency }, value: formatAmount(month.unallocated) },
      ],
    },
    {
      name: 'portal_cost_organization_month_to_date',
      help: 'All spend this month so far, unallocated included',
      samples: [{ labels: { currency }, value: formatAmount(month.total) }],
    },
    ...(organization
      ? [
          {
            name: 'portal_cost_organization_monthly_budget',
            help: "The organisation's monthly budget (cost.budgets.organization)",
            samples: [{ labels: { currency }, value: organization.monthly }],
          },
          {
            name: 'portal_cost_organization_budget_ratio',
            help: "The organisation's spend this month so far divided by its budget",
            samples: [
              { labels: { currency }, value: String(organization.ratio) },
            ],
          },
        ]
      : []),
  ];
  return families
    .map(({ name, help, samples }) =>
      [
        `# HELP ${name} ${help}`,
        `# TYPE ${name} gauge`,
        ...samples.map(s => `${name}${sample(s)}`),
      ].join('\n'),
    )
    .join('\n')
    .concat('\n');
}
