export { EntityCostOverviewCard } from './EntityCostOverviewCard';
