export { BudgetNote, budgetNote } from './BudgetNote';
