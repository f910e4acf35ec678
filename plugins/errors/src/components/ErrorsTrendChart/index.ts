export { ErrorsTrendChart } from './ErrorsTrendChart';
