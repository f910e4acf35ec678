export { WarningChip, WorkloadWarnings } from './WorkloadWarnings';
