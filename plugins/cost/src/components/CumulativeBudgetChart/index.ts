export { CumulativeBudgetChart } from './CumulativeBudgetChart';
