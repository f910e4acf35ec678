export { MetricBar } from './MetricBar';
