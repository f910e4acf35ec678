export { errorsPlugin as default } from './plugin';
