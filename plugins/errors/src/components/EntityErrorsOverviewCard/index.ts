export { EntityErrorsOverviewCard } from './EntityErrorsOverviewCard';
