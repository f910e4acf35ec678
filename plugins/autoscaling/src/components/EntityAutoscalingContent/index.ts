export { EntityAutoscalingContent } from './EntityAutoscalingContent';
