import { BudgetAlert, formatBudgetPercent } from '@internal/plugin-cost-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { BudgetStatusChip } from '../BudgetStatusChip';
import { EntityCostsLink } from './GroupLabel';

/** `spent` and `forecast` as the list says them. */
const BASIS_LABELS: Record<BudgetAlert['basis'], string> = {
  spent: 'Spent',
  forecast: 'Forecast',
};

/**
 * The entities over a threshold of their monthly budget this month, by
 * what they spent or by their forecast: a link to the entity's Costs tab,
 * the level reached and the ratio of the budget.
 */
export function BudgetAlerts(props: {
  alerts: BudgetAlert[];
  /** Names for entity refs the answer already labels (teams, services) */
  labels: Map<string, string>;
}) {
  const { alerts, labels } = props;
  if (alerts.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No budget alerts this month
      </Typography>
    );
  }
  return (
    <List dense aria-label="Budget alerts">
      {alerts.map(alert => (
        <ListItem
          key={`${alert.entityRef} ${alert.threshold} ${alert.basis}`}
          disableGutters
        >
          <ListItemText
            primary={
              <EntityCostsLink
                entityRef={alert.entityRef}
                label={labels.get(alert.entityRef) ?? alert.entityRef}
              />
            }
            secondary={`${
              BASIS_LABELS[alert.basis] ?? alert.basis
            }: ${formatBudgetPercent(alert.ratio)} of the monthly budget`}
          />
          <BudgetStatusChip level={alert.threshold} />
        </ListItem>
      ))}
    </List>
  );
}
