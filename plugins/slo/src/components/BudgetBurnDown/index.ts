export { BudgetBurnDown } from './BudgetBurnDown';
