export { SloStatusChip } from './SloStatusChip';
