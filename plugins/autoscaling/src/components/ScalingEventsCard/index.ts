export { ScalingEventsCard } from './ScalingEventsCard';
