import { createRouteRef } from '@backstage/core-plugin-api';

/** The Costs tab of an entity page. */
export const rootRouteRef = createRouteRef({
  id: 'cost',
});

/** The organisation's cost overview page (`/cost-overview` by default). */
export const overviewRouteRef = createRouteRef({
  id: 'cost:overview',
});
