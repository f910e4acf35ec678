export { PeriodToggle } from './PeriodToggle';
