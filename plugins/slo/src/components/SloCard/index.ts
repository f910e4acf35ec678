export { SloCard } from './SloCard';
