import { dollars, toScaled } from '../amounts';
import {
  Charge,
  FocusContext,
  FocusProvider,
  FocusResource,
  FocusService,
  usageCharge,
} from '../charges';
import { resourceTags } from '../tags';

const POSTGRES: FocusService = {
  name: 'Neon Serverless Postgres',
  category: 'Databases',
  subcategory: 'Relational Databases',
};
const REGION = {
  regionId: 'aws-us-east-2',
  regionName: 'AWS US East 2 (Ohio)',
};

/** Compute-hours: free within the plan's allowance (the primary), 0.106 USD each for the replica. */
export const NEON_SKUS = {
  includedCompute: {
    id: 'compute-time-included',
    meter: 'Compute (free allowance)',
    pricingUnit: 'CU-Hours',
    unitPrice: 0n,
  },
  compute: {
    id: 'compute-time',
    meter: 'Compute',
    pricingUnit: 'CU-Hours',
    unitPrice: dollars('0.106'),
  },
};

/** The primary never suspends: 0.25 CU all day, plus this many CU-hours per thousand requests. */
const PRIMARY_CU_HOURS_PER_1000_REQUESTS = 0.004;
/** The read replica wakes for the busy hours of inventory-backend, at its minimum size. */
const REPLICA_CU = 0.25;

const primary: FocusResource = {
  id: 'ep-steep-meadow-41827360',
  name: 'inventory (main, primary)',
  type: 'Compute Endpoint',
  ...REGION,
};
const replica: FocusResource = {
  id: 'ep-steep-meadow-41827360-ro',
  name: 'inventory (main, read replica)',
  type: 'Compute Endpoint',
  ...REGION,
};

/** Neon: the inventory database (`catalog/resources/inventory.yaml`). */
export const neonProvider: FocusProvider = {
  id: 'neon',
  providerName: 'Neon',
  publisherName: 'Neon',
  invoiceIssuerName: 'Neon, Inc.',
  billingAccountId: 'org-valuecanvas-52841937',
  billingAccountName: 'valuecanvas',
  subAccountId: 'steep-meadow-41827360',
  subAccountName: 'inventory',
  invoicePrefix: 'NEON',
  region: { id: REGION.regionId, name: REGION.regionName },
  charges(context: FocusContext): Charge[] {
    return context.usage.flatMap(({ day, services }) => {
      const backend = services['inventory-backend'];
      return [
        usageCharge(
          {
            day,
            description:
              'Compute of the primary, within the free plan allowance',
            service: POSTGRES,
            resource: primary,
            tags: resourceTags('inventory-neon-db'),
          },
          NEON_SKUS.includedCompute,
          toScaled(
            0.25 * 24 +
              (backend.requests / 1000) * PRIMARY_CU_HOURS_PER_1000_REQUESTS,
            6,
          ),
          6,
        ),
        usageCharge(
          {
            day,
            description:
              'Compute of the read replica (list and search endpoints)',
            service: POSTGRES,
            resource: replica,
            tags: resourceTags('inventory-neon-db-replica'),
          },
          NEON_SKUS.compute,
          toScaled(backend.busyHours * REPLICA_CU, 6),
          6,
        ),
      ];
    });
  },
};
