import {
  CostGroup,
  CostGroupBy,
  DecimalAmount,
  formatMoney,
} from '@internal/plugin-cost-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { BudgetStatusChip } from '../BudgetStatusChip';
import { formatShare } from '../format';
import { GROUP_BY_LABELS } from './useOverviewView';
import { GroupLabel } from './GroupLabel';

/**
 * The period's spend per team, service or provider, largest first: the
 * amount, its share of the whole organisation's spend and, for groups with
 * a monthly budget, where this month stands against it.
 */
export function GroupBreakdown(props: {
  groups: CostGroup[];
  groupBy: CostGroupBy;
  total: DecimalAmount;
  currency: string;
}) {
  const { groups, groupBy, total, currency } = props;
  const name = GROUP_BY_LABELS[groupBy] ?? groupBy;
  return (
    <Table
      size="small"
      aria-label={`Cost by ${name.toLocaleLowerCase('en-US')}`}
    >
      <TableHead>
        <TableRow>
          <TableCell>{name}</TableCell>
          <TableCell align="right">Amount</TableCell>
          <TableCell align="right">Share</TableCell>
          <TableCell>Budget this month</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {groups.map(group => (
          <TableRow key={group.key}>
            <TableCell>
              <GroupLabel
                label={group.label}
                entityRef={group.entityRef}
                costsTab={groupBy === 'service'}
              />
            </TableCell>
            <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(group.amount, currency)}
            </TableCell>
            <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
              {formatShare(group.amount, total)}
            </TableCell>
            <TableCell>
              {group.budget && <BudgetStatusChip level={group.budget.status} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
