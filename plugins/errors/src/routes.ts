import { createRouteRef } from '@backstage/core-plugin-api';

/** The Errors tab of an entity page. */
export const rootRouteRef = createRouteRef({
  id: 'errors',
});
