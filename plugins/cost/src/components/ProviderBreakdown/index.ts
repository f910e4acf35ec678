export { ProviderBreakdown } from './ProviderBreakdown';
