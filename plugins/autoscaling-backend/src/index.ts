export { autoscalingPlugin as default } from './plugin';
