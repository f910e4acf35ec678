export { AutoscalingHistory } from './AutoscalingHistory';
