import { InfoCard, Link, WarningPanel } from '@backstage/core-components';
import { Slo } from '@internal/plugin-slo-common';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { BudgetBurnDown } from '../BudgetBurnDown';
import { BurnRateTable } from '../BurnRateTable';
import { SloStatusChip } from '../SloStatusChip';
import {
  formatBudgetPercent,
  formatBudgetTime,
  formatObjective,
  formatSli,
  formatSource,
  formatTarget,
  formatWindow,
} from '../format';
import { formatRelativeTime } from '@internal/frontend-kit';

const useStyles = makeStyles(theme => ({
  section: {
    marginBottom: theme.spacing(2),
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
}));

function Figure(props: {
  label: string;
  value: string;
  detail: string;
  overspent?: boolean;
}) {
  const { label, value, detail, overspent } = props;
  return (
    <Grid item xs={6}>
      <Typography variant="overline" color="textSecondary" component="p">
        {label}
      </Typography>
      <Typography variant="h4" color={overspent ? 'error' : 'textPrimary'}>
        {value}
      </Typography>
      <Typography variant="body2" color={overspent ? 'error' : 'textSecondary'}>
        {detail}
      </Typography>
    </Grid>
  );
}

function Notices(props: { slo: Slo }) {
  const { slo } = props;
  const classes = useStyles();
  if (slo.stale) {
    return (
      <Box className={classes.section}>
        <WarningPanel
          severity="warning"
          title={`Stale — last good answer from ${formatRelativeTime(
            slo.updatedAt,
          )}`}
          message={slo.error}
          defaultExpanded={Boolean(slo.error)}
        />
      </Box>
    );
  }
  if (slo.error) {
    return (
      <Box className={classes.section}>
        <WarningPanel
          severity="error"
          title="This SLO could not be evaluated"
          message={slo.error}
          defaultExpanded
        />
      </Box>
    );
  }
  return null;
}

/** One SLO: its figures, burn-down, burn-rate alerts and where to go next. */
export function SloCard(props: { slo: Slo; entityRef: string }) {
  const { slo, entityRef } = props;
  const classes = useStyles();
  const overspent = (slo.errorBudgetRemaining ?? 0) < 0;

  return (
    <InfoCard
      title={slo.name}
      subheader={formatTarget(slo.objective, slo.window)}
      action={<SloStatusChip status={slo.status} />}
      variant="gridItem"
    >
      {slo.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {slo.description}
        </Typography>
      )}
      <Notices slo={slo} />

      {slo.status === 'no-data' ? (
        <Box className={classes.section} textAlign="center" py={2}>
          <Typography variant="h6">No traffic in this window</Typography>
          <Typography variant="body2" color="textSecondary">
            Nothing was measured over the {formatWindow(slo.window)} window, so
            there is no SLI or error budget to show yet.
          </Typography>
        </Box>
      ) : (
        <>
          <Grid container spacing={2} className={classes.section}>
            <Figure
              label="SLI"
              value={formatSli(slo.sli, slo.objective)}
              detail={`objective ${formatObjective(slo.objective)}`}
            />
            <Figure
              label="Error budget left"
              value={formatBudgetPercent(slo.errorBudgetRemaining)}
              detail={formatBudgetTime(
                slo.errorBudgetRemainingMinutes,
                slo.errorBudgetTotalMinutes,
              )}
              overspent={overspent}
            />
          </Grid>
          <BudgetBurnDown
            entityRef={entityRef}
            id={slo.id}
            window={slo.window}
          />
          <BurnRateTable burnRates={slo.burnRates} />
        </>
      )}

      <Box className={classes.links}>
        {slo.runbookUrl && <Link to={slo.runbookUrl}>Runbook</Link>}
        {slo.dashboardUrl && (
          <Link to={slo.dashboardUrl}>Grafana dashboard</Link>
        )}
        <Typography variant="caption" color="textSecondary">
          {formatSource(slo.source)} · updated{' '}
          {formatRelativeTime(slo.updatedAt)}
        </Typography>
      </Box>
    </InfoCard>
  );
}
