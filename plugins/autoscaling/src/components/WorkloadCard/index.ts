export { WorkloadCard } from './WorkloadCard';
