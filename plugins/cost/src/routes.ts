import { createRouteRef } from '@backstage/core-plugin-api';

/** The Costs tab of an entity page. */
export const rootRouteRef = createRouteRef({
  id: 'cost',
});
