export { ErrorsFilterBar } from './ErrorsFilterBar';
