export { IssueLevelChip, LEVEL_ORDER } from './IssueLevelChip';
