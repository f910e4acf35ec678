import { createPermission } from '@backstage/plugin-permission-common';

/** Reading one entity's costs and budget (`GET /api/cost/v1/entity`). */
export const costEntityReadPermission = createPermission({
  name: 'cost.entity.read',
  attributes: { action: 'read' },
});

/** Reading the organisation's costs (`GET /api/cost/v1/overview`, `/v1/metrics`). */
export const costOverviewReadPermission = createPermission({
  name: 'cost.overview.read',
  attributes: { action: 'read' },
});

/** Importing billing data (`POST /api/cost/v1/imports`). */
export const costImportCreatePermission = createPermission({
  name: 'cost.import.create',
  attributes: { action: 'create' },
});

/** Every permission of the cost plugin. */
export const costPermissions = [
  costEntityReadPermission,
  costOverviewReadPermission,
  costImportCreatePermission,
];
