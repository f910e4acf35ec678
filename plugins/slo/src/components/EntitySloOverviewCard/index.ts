export { EntitySloOverviewCard } from './EntitySloOverviewCard';
