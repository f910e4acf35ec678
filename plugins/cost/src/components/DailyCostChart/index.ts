export { DailyCostChart } from './DailyCostChart';
