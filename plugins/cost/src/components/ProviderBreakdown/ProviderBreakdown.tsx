import {
  DecimalAmount,
  formatMoney,
  ProviderCost,
} from '@internal/plugin-cost-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { formatShare, shareOf } from '../format';

const useStyles = makeStyles(theme => ({
  /** Names and figures stay on one line */
  number: {
    whiteSpace: 'nowrap',
  },
  track: {
    height: theme.spacing(1),
    minWidth: theme.spacing(8),
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.action.disabledBackground,
  },
  bar: {
    height: '100%',
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.primary.main,
  },
  barCell: {
    // the bar takes what the name and the figures leave
    width: '100%',
  },
}));

/**
 * The period's spend per provider, largest first: a bar of its share of
 * the total, the amount and the share in percent.
 */
export function ProviderBreakdown(props: {
  byProvider: ProviderCost[];
  total: DecimalAmount;
  currency: string;
}) {
  const { byProvider, total, currency } = props;
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Cost by provider">
      <TableHead>
        <TableRow>
          <TableCell>Provider</TableCell>
          <TableCell className={classes.barCell} />
          <TableCell align="right" className={classes.number}>
            Amount
          </TableCell>
          <TableCell align="right" className={classes.number}>
            Share
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {byProvider.map(row => {
          const share = shareOf(row.amount, total) ?? 0;
          return (
            <TableRow key={row.provider}>
              <TableCell className={classes.number}>{row.provider}</TableCell>
              <TableCell className={classes.barCell}>
                <div className={classes.track} aria-hidden>
                  <div
                    className={classes.bar}
                    style={{
                      width: `${Math.min(100, Math.max(0, share * 100))}%`,
                    }}
                  />
                </div>
              </TableCell>
              <TableCell align="right" className={classes.number}>
                {formatMoney(row.amount, currency)}
              </TableCell>
              <TableCell align="right" className={classes.number}>
                {formatShare(row.amount, total)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
