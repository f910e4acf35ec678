import { createRouteRef } from '@backstage/core-plugin-api';

/** The SLOs tab of an entity page. */
export const rootRouteRef = createRouteRef({
  id: 'slo',
});
