import { Entity } from '@backstage/catalog-model';
import {
  MONTHLY_BUDGET_ANNOTATION,
  parseMonthlyBudget,
} from '@internal/plugin-cost-common';
import Typography from '@material-ui/core/Typography';

/**
 * Why there is no budget gauge, from the entity's annotation: there is none
 * (and how to add one), it cannot be read, or its currency is not the
 * bill's.
 */
export function budgetNote(
  entity: Entity,
  currency: string | undefined,
): { title: string; detail?: string } {
  const value = entity.metadata.annotations?.[MONTHLY_BUDGET_ANNOTATION];
  if (value === undefined || value.trim() === '') {
    return {
      title: 'No monthly budget',
      detail:
        'Set it in the entity’s annotation to see the month’s spend against it, with a forecast and alerts at 80 % and 96 %.',
    };
  }
  try {
    const budget = parseMonthlyBudget(value);
    if (budget.currency && currency && budget.currency !== currency) {
      return {
        title: `The monthly budget is in ${budget.currency}, the costs are billed in ${currency}`,
        detail: `Amounts in different currencies are not compared: give ${MONTHLY_BUDGET_ANNOTATION} in ${currency}.`,
      };
    }
    return {
      title: 'No budget status for this month',
      detail: `The backend sent none, although ${MONTHLY_BUDGET_ANNOTATION} is "${value}".`,
    };
  } catch (error) {
    // CostAnnotationError: the message starts with the annotation's name
    return {
      title: 'The monthly budget cannot be read',
      detail: (error as Error).message,
    };
  }
}

/** Stands where the budget gauge would be, naming the annotation. */
export function BudgetNote(props: { entity: Entity; currency?: string }) {
  const { title, detail } = budgetNote(props.entity, props.currency);
  return (
    <>
      <Typography variant="subtitle2" component="p" gutterBottom>
        {title}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {detail}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        Annotation: <code>{MONTHLY_BUDGET_ANNOTATION}</code>, e.g.{' '}
        <code>"120"</code> in the billing currency.
      </Typography>
    </>
  );
}
