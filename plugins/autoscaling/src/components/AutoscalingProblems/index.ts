export { AutoscalingProblems } from './AutoscalingProblems';
