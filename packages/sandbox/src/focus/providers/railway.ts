import { dollars, toScaled } from '../amounts';
import {
  Charge,
  FocusContext,
  FocusProvider,
  FocusResource,
  FocusService,
  recurringCharges,
  usageCharge,
} from '../charges';
import { resourceTags, serviceTags } from '../tags';

const HOSTING: FocusService = {
  name: 'Railway',
  category: 'Web',
  subcategory: 'Application Platforms',
};
const REGION = { regionId: 'us-west2', regionName: 'US West (Oregon)' };

/** Railway's usage prices: per vCPU-minute and GB-minute used, per GB of egress. */
export const RAILWAY_SKUS = {
  cpu: {
    id: 'CPU_USAGE',
    meter: 'vCPU',
    pricingUnit: 'vCPU-Minutes',
    unitPrice: dollars('0.000463'),
  },
  memory: {
    id: 'MEMORY_USAGE_GB',
    meter: 'Memory',
    pricingUnit: 'GB-Minutes',
    unitPrice: dollars('0.000231'),
  },
  egress: {
    id: 'NETWORK_TX_GB',
    meter: 'Network Egress',
    pricingUnit: 'GB',
    unitPrice: dollars('0.05'),
  },
};

const PRO_PLAN_MONTHLY = dollars('20');
const EGRESS_BYTES_PER_REQUEST = 2000;

const service: FocusResource = {
  id: '7d3f9c2a-51e4-4b8e-a0c6-93b2d4f1e857',
  name: 'inventory-backend (inventory/production)',
  type: 'Service',
  ...REGION,
};

/** Railway: inventory-backend's hosting (`catalog/resources/inventory.yaml`). */
export const railwayProvider: FocusProvider = {
  id: 'railway',
  providerName: 'Railway',
  publisherName: 'Railway',
  invoiceIssuerName: 'Railway Corporation',
  billingAccountId: 'c1a7e5d2-0b64-4f1a-9e3c-6d8b2a4f7c91',
  billingAccountName: 'valuecanvas',
  subAccountId: 'inventory',
  subAccountName: 'inventory',
  invoicePrefix: 'RW',
  region: { id: REGION.regionId, name: REGION.regionName },
  charges(context: FocusContext): Charge[] {
    const charges = context.usage.flatMap(({ day, services }) => {
      const used = services['inventory-backend'];
      const base = {
        day,
        service: HOSTING,
        resource: service,
        tags: serviceTags('inventory-backend'),
      };
      return [
        usageCharge(
          { ...base, description: 'vCPU used by inventory-backend' },
          RAILWAY_SKUS.cpu,
          toScaled(used.usedCoreHours * 60, 6),
          6,
        ),
        usageCharge(
          { ...base, description: 'Memory used by inventory-backend' },
          RAILWAY_SKUS.memory,
          toScaled(used.usedMemoryGbHours * 60, 6),
          6,
        ),
        usageCharge(
          { ...base, description: 'Network egress of inventory-backend' },
          RAILWAY_SKUS.egress,
          toScaled((used.requests * EGRESS_BYTES_PER_REQUEST) / 1e9, 6),
          6,
        ),
      ];
    });
    for (const month of context.months) {
      charges.push(
        ...recurringCharges(
          {
            description:
              'Pro plan seat, 20 USD a month spread over the days of the month',
            service: HOSTING,
            resource: service,
            tags: resourceTags('inventory-railway-service'),
            sku: { id: 'PRO_PLAN_SEAT', meter: 'Pro Plan' },
          },
          month,
          PRO_PLAN_MONTHLY,
          context.lastDay,
        ),
      );
    }
    return charges;
  },
};
