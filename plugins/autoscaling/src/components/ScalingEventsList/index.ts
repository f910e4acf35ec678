export { ScalingEventsList } from './ScalingEventsList';
