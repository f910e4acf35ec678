export { CostPeriodSelect } from './CostPeriodSelect';
