export { EntityAutoscalingOverviewCard } from './EntityAutoscalingOverviewCard';
