export { FIRST_RESOURCES, ResourceBreakdown } from './ResourceBreakdown';
