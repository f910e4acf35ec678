import { Entity } from '@backstage/catalog-model';
import { InfoCard, Progress } from '@backstage/core-components';
import { formatError } from '@internal/frontend-kit';
import {
  CostEntityResponse,
  formatMoney,
  MONTHLY_BUDGET_ANNOTATION,
} from '@internal/plugin-cost-common';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { BudgetGauge } from '../BudgetGauge';
import { budgetNote } from '../BudgetNote';

import { periodRange } from '../period';
import { useEntityCost } from '../useEntityCost';

/** Relative to the entity page, where the Costs tab is mounted by default. */
const COSTS_TAB_PATH = 'costs';

function Summary(props: { answer: CostEntityResponse; entity: Entity }) {
  const { answer, entity } = props;
  if (answer.budget) {
    return <BudgetGauge budget={answer.budget} currency={answer.currency} />;
  }
  const note = budgetNote(entity, answer.currency);
  return (
    <>
      <Typography variant="body1" paragraph>
        {formatMoney(answer.total, answer.currency)} this month to date
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {note.title}. Budget annotation:{' '}
        <code>{MONTHLY_BUDGET_ANNOTATION}</code>
      </Typography>
    </>
  );
}

function Body(props: { state: ReturnType<typeof useEntityCost> }) {
  const { entity, value, loading, error, retry } = props.state;
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <>
        <Typography variant="body2" color="error" paragraph>
          Could not load the costs: {formatError(error)}
        </Typography>
        <Button size="small" variant="outlined" onClick={retry}>
          Retry
        </Button>
      </>
    );
  }
  return value ? <Summary answer={value} entity={entity} /> : null;
}

/**
 * The entity's spend this month at a glance, for the Overview tab: month to
 * date against the budget with its status and forecast, and a link to the
 * Costs tab.
 */
export function EntityCostOverviewCard() {
  const range = useMemo(() => periodRange('this-month', Date.now()), []);
  const state = useEntityCost(range);
  return (
    <InfoCard
      title="Costs"
      variant="gridItem"
      deepLink={{ title: 'View costs', link: COSTS_TAB_PATH }}
    >
      <Body state={state} />
    </InfoCard>
  );
}
