import { BudgetStatus } from '@internal/plugin-cost-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { BudgetStatusChip, LEVEL_COLOURS } from '../BudgetStatusChip';
import { formatMonth } from '../format';
import {
  budgetSummary,
  forecastCaption,
  GaugeScale,
  gaugeScale,
} from './gauge';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1.5),
  },
  track: {
    position: 'relative',
    height: theme.spacing(1.5),
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.action.disabledBackground,
  },
  bar: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    left: 0,
    borderRadius: theme.shape.borderRadius,
  },
  forecast: {
    opacity: 0.35,
  },
  mark: {
    position: 'absolute',
    top: -4,
    bottom: -4,
    width: 2,
    marginLeft: -1,
    background: theme.palette.text.primary,
  },
  marks: {
    position: 'relative',
    height: theme.spacing(2.5),
  },
  markLabel: {
    position: 'absolute',
    top: 2,
    transform: 'translateX(-50%)',
    whiteSpace: 'nowrap',
  },
}));

/** The marks' labels, in a row above or below the bar. */
function MarkLabels(props: { marks: GaugeScale['marks'] }) {
  const classes = useStyles();
  if (props.marks.length === 0) return null;
  return (
    <div className={classes.marks} aria-hidden>
      {props.marks.map(mark => (
        <Typography
          key={mark.label}
          variant="caption"
          color="textSecondary"
          className={classes.markLabel}
          style={{ left: `${mark.at}%` }}
        >
          {mark.label}
        </Typography>
      ))}
    </div>
  );
}

/**
 * A month's spend against its budget: a bar of the spend in the colour of
 * its level, the forecast as a lighter extension in the colour of its own
 * level, marks at the thresholds (and at the budget when the bar goes
 * beyond it), the status chip, the figures and how the forecast is made.
 */
export function BudgetGauge(props: { budget: BudgetStatus; currency: string }) {
  const { budget, currency } = props;
  const classes = useStyles();
  const theme = useTheme();
  const scale = gaugeScale(budget);
  const summary = budgetSummary(budget, currency);
  const colour = (level: BudgetStatus['status']) =>
    (LEVEL_COLOURS[level] ?? LEVEL_COLOURS.ok)(theme);

  return (
    <Box>
      <div className={classes.header}>
        <Typography variant="subtitle2" component="p">
          {formatMonth(budget.month)}, month to date
        </Typography>
        <BudgetStatusChip level={budget.status} />
        {budget.forecastStatus !== budget.status && (
          <BudgetStatusChip level={budget.forecastStatus} prefix="Forecast" />
        )}
      </div>
      <MarkLabels marks={scale.marks.filter(mark => mark.above)} />
      <div
        role="meter"
        aria-label={`Budget for ${formatMonth(budget.month)}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(budget.ratio * 100)}
        aria-valuetext={summary}
        className={classes.track}
      >
        <div
          data-testid="budget-forecast"
          className={`${classes.bar} ${classes.forecast}`}
          style={{
            width: `${scale.forecast}%`,
            background: colour(budget.forecastStatus),
          }}
        />
        <div
          data-testid="budget-spent"
          className={classes.bar}
          style={{
            width: `${scale.spent}%`,
            background: colour(budget.status),
          }}
        />
        {scale.marks.map(mark => (
          <div
            key={mark.label}
            className={classes.mark}
            style={{ left: `${mark.at}%` }}
          />
        ))}
      </div>
      <MarkLabels marks={scale.marks.filter(mark => !mark.above)} />
      <Typography variant="body2">{summary}</Typography>
      <Typography variant="caption" color="textSecondary">
        {forecastCaption(budget)}
      </Typography>
    </Box>
  );
}
