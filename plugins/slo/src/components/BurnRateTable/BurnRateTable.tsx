import { BurnRateWindow } from '@internal/plugin-slo-common';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import { formatBurnRate } from '../format';

const useStyles = makeStyles(theme => ({
  firing: {
    '& td': {
      color: theme.palette.error.main,
      fontWeight: theme.typography.fontWeightBold as number,
    },
  },
}));

const SEVERITY_LABELS: Record<BurnRateWindow['severity'], string> = {
  page: 'Page',
  ticket: 'Ticket',
};

function FiringChip() {
  const theme = useTheme();
  return (
    <Chip
      size="small"
      label="Firing"
      style={{
        backgroundColor: theme.palette.status.error,
        color: theme.palette.getContrastText(theme.palette.status.error),
      }}
    />
  );
}

/**
 * The multi-window burn-rate alerts of an SLO: how fast the long and the
 * short window burn the budget against the threshold that pages or tickets.
 */
export function BurnRateTable(props: { burnRates: BurnRateWindow[] }) {
  const { burnRates } = props;
  const classes = useStyles();

  if (burnRates.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No burn-rate alerts are defined for this SLO.
      </Typography>
    );
  }

  return (
    <Table size="small" aria-label="Burn-rate alerts">
      <TableHead>
        <TableRow>
          <TableCell>Severity</TableCell>
          <TableCell>Windows</TableCell>
          <TableCell align="right">Long</TableCell>
          <TableCell align="right">Short</TableCell>
          <TableCell align="right">Threshold</TableCell>
          <TableCell>Alert</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {burnRates.map(alert => (
          <TableRow
            key={`${alert.longWindow}/${alert.shortWindow}`}
            className={alert.firing ? classes.firing : undefined}
          >
            <TableCell>
              {SEVERITY_LABELS[alert.severity] ?? alert.severity}
            </TableCell>
            <TableCell>
              {alert.longWindow} / {alert.shortWindow}
            </TableCell>
            <TableCell align="right">
              {formatBurnRate(alert.longBurnRate)}
            </TableCell>
            <TableCell align="right">
              {formatBurnRate(alert.shortBurnRate)}
            </TableCell>
            <TableCell align="right">
              {formatBurnRate(alert.threshold)}
            </TableCell>
            <TableCell>{alert.firing ? <FiringChip /> : null}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
