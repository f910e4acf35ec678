export { sloApiRef } from './SloApi';
export type { SloApi, GetSloHistoryOptions } from './SloApi';
export { SloClient } from './SloClient';
