export { ScalingBehavior } from './ScalingBehavior';
