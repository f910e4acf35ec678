import { createRouteRef } from '@backstage/core-plugin-api';

/** The Autoscaling tab of an entity page. */
export const rootRouteRef = createRouteRef({
  id: 'autoscaling',
});
