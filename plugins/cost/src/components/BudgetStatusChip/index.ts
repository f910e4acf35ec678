export {
  BudgetStatusChip,
  LEVEL_COLOURS,
  LEVEL_LABELS,
} from './BudgetStatusChip';
