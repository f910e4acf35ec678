export { AutoscalingHistoryChart } from './AutoscalingHistoryChart';
