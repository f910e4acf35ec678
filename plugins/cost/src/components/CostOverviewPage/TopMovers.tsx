import {
  CostGroupBy,
  CostMover,
  formatMoney,
} from '@internal/plugin-cost-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatChangeRatio, formatMoneyChange } from '../format';
import { GROUP_BY_LABELS } from './useOverviewView';
import { GroupLabel } from './GroupLabel';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * The groups whose spend changed most against the previous period of the
 * same length, largest change first; `new` where nothing was spent before.
 */
export function TopMovers(props: {
  movers: CostMover[];
  groupBy: CostGroupBy;
  currency: string;
}) {
  const { movers, groupBy, currency } = props;
  if (movers.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No change against the previous period.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Top movers">
      <TableHead>
        <TableRow>
          <TableCell>{GROUP_BY_LABELS[groupBy] ?? groupBy}</TableCell>
          <TableCell align="right">Previous</TableCell>
          <TableCell align="right">Current</TableCell>
          <TableCell align="right">Change</TableCell>
          <TableCell align="right">Change %</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {movers.map(mover => (
          <TableRow key={mover.key}>
            <TableCell>
              <GroupLabel
                label={mover.label}
                entityRef={mover.entityRef}
                costsTab={groupBy === 'service'}
              />
            </TableCell>
            <TableCell align="right" style={nowrap}>
              {formatMoney(mover.previousAmount, currency)}
            </TableCell>
            <TableCell align="right" style={nowrap}>
              {formatMoney(mover.amount, currency)}
            </TableCell>
            <TableCell align="right" style={nowrap}>
              {formatMoneyChange(mover.change, currency)}
            </TableCell>
            <TableCell align="right" style={nowrap}>
              {formatChangeRatio(mover.changeRatio)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
