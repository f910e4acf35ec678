import { Entity } from '@backstage/catalog-model';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { LoadFailure } from '@internal/frontend-kit';
import {
  COST_TAGS_ANNOTATION,
  CostEntityResponse,
  entityCostTags,
  formatMoney,
} from '@internal/plugin-cost-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { BudgetGauge } from '../BudgetGauge';
import { BudgetNote } from '../BudgetNote';
import { CostPeriodSelect } from '../CostPeriodSelect';
import { CumulativeBudgetChart } from '../CumulativeBudgetChart';
import { DailyCostChart } from '../DailyCostChart';
import { ProviderBreakdown } from '../ProviderBreakdown';
import { ResourceBreakdown } from '../ResourceBreakdown';
import { formatDayRange, isEmptyAnswer } from '../format';
import {
  CostPeriod,
  describePeriod,
  PERIOD_LABELS,
  periodRange,
} from '../period';
import { useCostPeriod } from '../useCostPeriod';
import { useEntityCost } from '../useEntityCost';

/** The entity as people call it: its title, else its name. */
const entityName = (entity: Entity) =>
  entity.metadata.title || entity.metadata.name;

/** `service=api-gateway`, or why the annotation cannot be read. */
function costTagsText(entity: Entity): string {
  try {
    return Object.entries(entityCostTags(entity))
      .map(([key, value]) => `${key}=${value}`)
      .join(', ');
  } catch (error) {
    return (error as Error).message;
  }
}

function Headline(props: { answer: CostEntityResponse; period: CostPeriod }) {
  const { answer, period } = props;
  return (
    <InfoCard
      title="Spend"
      subheader={`${PERIOD_LABELS[period]} · ${formatDayRange(answer)} (UTC)`}
    >
      <Typography variant="h3" component="p" aria-label="Total">
        {formatMoney(answer.total, answer.currency)}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        Billed in {answer.currency}, the entity’s Resources included
      </Typography>
    </InfoCard>
  );
}

function Budget(props: { answer: CostEntityResponse; entity: Entity }) {
  const { answer, entity } = props;
  const { budget, currency } = answer;
  return (
    <InfoCard title="Budget">
      {budget ? (
        <BudgetGauge budget={budget} currency={currency} />
      ) : (
        <BudgetNote entity={entity} currency={currency} />
      )}
    </InfoCard>
  );
}

function NoCost(props: {
  answer: CostEntityResponse;
  entity: Entity;
  period: CostPeriod;
}) {
  const { answer, entity, period } = props;
  return (
    <EmptyState
      missing="data"
      title={`No cost recorded for ${entityName(entity)} in ${describePeriod(
        period,
        answer,
      )}`}
      description={`No bill line of ${formatDayRange(
        answer,
      )} (UTC) carries its cost tags (${costTagsText(
        entity,
      )}; annotation ${COST_TAGS_ANNOTATION}), and none was rolled up from its Resources.`}
    />
  );
}

function Costs(props: {
  answer: CostEntityResponse;
  entity: Entity;
  period: CostPeriod;
}) {
  const { answer, entity, period } = props;
  const { budget, currency } = answer;

  if (isEmptyAnswer(answer)) {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={8}>
          <Budget answer={answer} entity={entity} />
        </Grid>
        <Grid item xs={12}>
          <NoCost answer={answer} entity={entity} period={period} />
        </Grid>
      </Grid>
    );
  }

  // the budget is the current month's: compare it with this month only
  const cumulative = period === 'this-month' && budget;
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={4}>
        <Headline answer={answer} period={period} />
      </Grid>
      <Grid item xs={12} md={8}>
        <Budget answer={answer} entity={entity} />
      </Grid>
      <Grid item xs={12} md={cumulative ? 7 : 12}>
        <InfoCard title="Cost per day" subheader="UTC days">
          <DailyCostChart daily={answer.daily} currency={currency} />
        </InfoCard>
      </Grid>
      {cumulative && (
        <Grid item xs={12} md={5}>
          <InfoCard
            title="Month to date against the budget"
            subheader="Spend added up, forecast dashed"
          >
            <CumulativeBudgetChart
              daily={answer.daily}
              budget={budget}
              currency={currency}
            />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12} md={5}>
        <InfoCard title="By provider">
          <ProviderBreakdown
            byProvider={answer.byProvider}
            total={answer.total}
            currency={currency}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="By resource">
          <ResourceBreakdown
            byResource={answer.byResource}
            currency={currency}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

/**
 * The Costs tab of an entity: its spend over this month, last month or the
 * last 90 days (UTC days) — total, budget gauge, daily trend, month to date
 * against the budget, and the breakdowns by provider and resource.
 */
export function EntityCostContent() {
  const [period, setPeriod] = useCostPeriod();
  // a new range when the period changes, not on every render
  const range = useMemo(() => periodRange(period, Date.now()), [period]);
  const { entity, value, loading, error, retry } = useEntityCost(range);

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <LoadFailure what="the costs" error={error} retry={retry} />;
  } else if (value) {
    body = <Costs answer={value} entity={entity} period={period} />;
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <CostPeriodSelect period={period} onChange={setPeriod} />
      </Grid>
      <Grid item xs={12}>
        {body}
      </Grid>
    </Grid>
  );
}
