import { divideHalfToEven, dollars, toScaled } from '../amounts';
import {
  Charge,
  FocusContext,
  FocusProvider,
  FocusResource,
  FocusService,
  recurringCharges,
  usageCharge,
  usageChargeCosting,
} from '../charges';
import { serviceTags } from '../tags';

const FUNCTIONS: FocusService = {
  name: 'Vercel Functions',
  category: 'Compute',
  subcategory: 'Serverless Compute',
};
const NETWORK: FocusService = {
  name: 'Vercel Edge Network',
  category: 'Networking',
  subcategory: 'Content Delivery',
};
const PLATFORM: FocusService = {
  name: 'Vercel Platform',
  category: 'Web',
  subcategory: 'Application Platforms',
};
const REGION = { regionId: 'iad1', regionName: 'Washington, D.C., USA' };

/** Vercel Pro usage beyond the plan's allowances. */
export const VERCEL_SKUS = {
  invocations: {
    id: 'function-invocations',
    meter: 'Function Invocations',
    pricingUnit: '1M Invocations',
    unitPrice: dollars('0.60'),
  },
  fastDataTransfer: {
    id: 'fast-data-transfer',
    meter: 'Fast Data Transfer',
    pricingUnit: 'GB',
    unitPrice: dollars('0.15'),
  },
  edgeRequests: {
    id: 'edge-requests',
    meter: 'Edge Requests',
    pricingUnit: '1M Requests',
    unitPrice: dollars('2'),
  },
};

const PRO_SEAT_MONTHLY = dollars('20');
/** Share of requests rendered by a function (the rest are static or cached). */
const RENDERED_SHARE = 0.12;
const BYTES_PER_RENDER = 8000;

const project: FocusResource = {
  id: 'prj_4kQ9vN2xWb7TzR1mLc8YpE3s',
  name: 'inventory-frontend',
  type: 'Project',
  ...REGION,
};

/**
 * The crawlers of the story's warning service: a day's Edge Requests
 * beyond the plan's allowance, costing exactly `cost`.
 */
export function crawlerEdgeRequests(day: number, cost: bigint): Charge {
  const charge = usageChargeCosting(
    {
      day,
      description:
        'Edge Requests beyond the Pro allowance (crawlers walking the catalogue)',
      service: NETWORK,
      resource: project,
      tags: serviceTags('inventory-frontend'),
    },
    VERCEL_SKUS.edgeRequests,
    cost,
  );
  // whole requests: cost ÷ 2 USD × 10^6
  const requests = divideHalfToEven(
    cost * 1_000_000n,
    VERCEL_SKUS.edgeRequests.unitPrice,
  );
  return {
    ...charge,
    consumedQuantity: requests.toString(),
    consumedUnit: 'Requests',
  };
}

/** Vercel: inventory-frontend (`catalog/services/inventory-frontend`). */
export const vercelProvider: FocusProvider = {
  id: 'vercel',
  providerName: 'Vercel',
  publisherName: 'Vercel',
  invoiceIssuerName: 'Vercel Inc.',
  billingAccountId: 'team_8Hq2LxV5mZc3Rt7WbN1kJy4P',
  billingAccountName: 'valuecanvas',
  invoicePrefix: 'VCL',
  region: { id: REGION.regionId, name: REGION.regionName },
  charges(context: FocusContext): Charge[] {
    const charges = context.usage.flatMap(({ day, services }) => {
      const renders = services['inventory-frontend'].requests * RENDERED_SHARE;
      const base = {
        day,
        resource: project,
        tags: serviceTags('inventory-frontend'),
      };
      const invocations = toScaled(renders, 0);
      return [
        usageCharge(
          {
            ...base,
            service: FUNCTIONS,
            description: 'Function invocations (server-rendered pages)',
          },
          VERCEL_SKUS.invocations,
          invocations,
          6,
          { quantity: invocations.toString(), unit: 'Invocations' },
        ),
        usageCharge(
          {
            ...base,
            service: NETWORK,
            description: 'Fast Data Transfer of rendered pages',
          },
          VERCEL_SKUS.fastDataTransfer,
          toScaled((renders * BYTES_PER_RENDER) / 1e9, 6),
          6,
        ),
      ];
    });
    for (const month of context.months) {
      // the team's seat carries no project: unallocated
      charges.push(
        ...recurringCharges(
          {
            description:
              'Pro plan, 1 seat, 20 USD a month spread over the days of the month',
            service: PLATFORM,
            sku: { id: 'pro-seat', meter: 'Pro Seat' },
          },
          month,
          PRO_SEAT_MONTHLY,
          context.lastDay,
        ),
      );
    }
    return charges;
  },
};
