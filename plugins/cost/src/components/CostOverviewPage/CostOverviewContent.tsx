import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { LoadFailure } from '@internal/frontend-kit';
import {
  COST_TAGS_ANNOTATION,
  CostOverviewResponse,
  formatMoney,
  parseAmount,
} from '@internal/plugin-cost-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { BudgetGauge } from '../BudgetGauge';
import { CostPeriodSelect } from '../CostPeriodSelect';
import { DailyCostChart } from '../DailyCostChart';
import { formatDayRange, formatShare } from '../format';
import {
  CostPeriod,
  describePeriod,
  PERIOD_LABELS,
  periodRange,
} from '../period';
import { BudgetAlerts } from './BudgetAlerts';
import { GroupBreakdown } from './GroupBreakdown';
import { GROUP_BY_LABELS, useOverviewView } from './useOverviewView';
import { GroupBySelect } from './GroupBySelect';
import { TopMovers } from './TopMovers';
import { useCostOverview } from './useCostOverview';

/** True when nothing at all was billed in the period. */
function isEmptyOverview(answer: CostOverviewResponse): boolean {
  try {
    return (
      answer.groups.length === 0 &&
      parseAmount(answer.total) === 0n &&
      parseAmount(answer.unallocated) === 0n
    );
  } catch {
    return false;
  }
}

/** Names of the entities the answer labels, for the alerts. */
function entityLabels(answer: CostOverviewResponse): Map<string, string> {
  const labels = new Map<string, string>();
  for (const item of [...answer.groups, ...answer.topMovers]) {
    if (item.entityRef) labels.set(item.entityRef, item.label);
  }
  return labels;
}

function Organisation(props: {
  answer: CostOverviewResponse;
  period: CostPeriod;
}) {
  const { answer, period } = props;
  const { organizationBudget, currency } = answer;
  return (
    <InfoCard
      title="Organisation"
      subheader={`${PERIOD_LABELS[period]} · ${formatDayRange(answer)} (UTC)`}
    >
      <Typography variant="h3" component="p" aria-label="Total">
        {formatMoney(answer.total, currency)}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        All spend billed in {currency}, unallocated included
      </Typography>
      {organizationBudget ? (
        <BudgetGauge budget={organizationBudget} currency={currency} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          No organisation budget is configured.
        </Typography>
      )}
    </InfoCard>
  );
}

function Unallocated(props: { answer: CostOverviewResponse }) {
  const { answer } = props;
  return (
    <InfoCard title="Unallocated">
      <Typography variant="h4" component="p" aria-label="Unallocated">
        {formatMoney(answer.unallocated, answer.currency)}
      </Typography>
      <Typography variant="body2" aria-label="Unallocated share">
        {formatShare(answer.unallocated, answer.total)} of the total
      </Typography>
      <Typography variant="caption" color="textSecondary">
        Bill lines that no entity’s cost tags (
        <code>{COST_TAGS_ANNOTATION}</code>) matched.
      </Typography>
    </InfoCard>
  );
}

function Overview(props: { answer: CostOverviewResponse; period: CostPeriod }) {
  const { answer, period } = props;
  const { currency, groupBy } = answer;
  const alerts = (
    <InfoCard title="Budget alerts" subheader="This month, spent or forecast">
      <BudgetAlerts alerts={answer.alerts} labels={entityLabels(answer)} />
    </InfoCard>
  );

  if (isEmptyOverview(answer)) {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title={`No cost recorded in ${describePeriod(period, answer)}`}
            description={`No bill line of ${formatDayRange(
              answer,
            )} (UTC) has been imported.`}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          {alerts}
        </Grid>
      </Grid>
    );
  }

  const groupName = (GROUP_BY_LABELS[groupBy] ?? groupBy).toLocaleLowerCase(
    'en-US',
  );
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={5}>
        <Organisation answer={answer} period={period} />
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard title="Cost per day" subheader="UTC days">
          <DailyCostChart daily={answer.daily} currency={currency} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={8}>
        <InfoCard title={`By ${groupName}`}>
          <GroupBreakdown
            groups={answer.groups}
            groupBy={groupBy}
            total={answer.total}
            currency={currency}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <Unallocated answer={answer} />
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard
          title="Top movers"
          subheader="Against the previous period of the same length"
        >
          <TopMovers
            movers={answer.topMovers}
            groupBy={groupBy}
            currency={currency}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={5}>
        {alerts}
      </Grid>
    </Grid>
  );
}

/**
 * The whole organisation's cloud spend over this month, last month or the
 * last 90 days (UTC days): total and budget, daily trend, breakdown by team,
 * service or provider, unallocated spend, top movers and budget alerts.
 */
export function CostOverviewContent() {
  const [{ period, groupBy }, setView] = useOverviewView();
  // a new range when the period changes, not on every render
  const range = useMemo(() => periodRange(period, Date.now()), [period]);
  const { value, loading, error, retry } = useCostOverview(range, groupBy);

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <LoadFailure what="the cost overview" error={error} retry={retry} />;
  } else if (value) {
    body = <Overview answer={value} period={period} />;
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
          <CostPeriodSelect
            period={period}
            onChange={next => setView({ period: next })}
          />
          <GroupBySelect
            groupBy={groupBy}
            onChange={next => setView({ groupBy: next })}
          />
        </Box>
      </Grid>
      <Grid item xs={12}>
        {body}
      </Grid>
    </Grid>
  );
}
