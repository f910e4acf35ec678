import { dollars } from '../amounts';
import {
  Charge,
  FocusContext,
  FocusProvider,
  FocusResource,
  FocusService,
  FocusSku,
  recurringCharges,
  usageCharge,
} from '../charges';
import { resourceTags } from '../tags';

const DATABASE: FocusService = {
  name: 'Supabase Database',
  category: 'Databases',
  subcategory: 'Relational Databases',
};
const PLATFORM: FocusService = {
  name: 'Supabase Platform',
  category: 'Databases',
  subcategory: 'Relational Databases',
};
const REGION = {
  regionId: 'us-east-1',
  regionName: 'East US (North Virginia)',
};

const sku = (
  id: string,
  meter: string,
  pricingUnit: string,
  price: string,
): FocusSku => ({ id, meter, pricingUnit, unitPrice: dollars(price) });

/** Supabase's usage prices: Large compute, PITR with 7 days, provisioned disk (gp3). */
export const SUPABASE_SKUS = {
  computeLarge: sku('compute-hours-large', 'Compute Hours', 'Hours', '0.1517'),
  pitr7: sku(
    'pitr-7-days',
    'Point-in-Time Recovery (7 days)',
    'Hours',
    '0.137',
  ),
  disk: sku('disk-size-gp3', 'Disk Size', 'GB-Hours', '0.000171'),
};

const PRO_PLAN_MONTHLY = dollars('25');
/** Provisioned disk of each database; the plan includes 8 GB of the primary's. */
const DISK_GB = 64;
const INCLUDED_DISK_GB = 8;

const primary: FocusResource = {
  id: 'hjrvnpqkzwxtlsmydoaf',
  name: 'agent-platform-db',
  type: 'Database',
  ...REGION,
};
const replica: FocusResource = {
  id: 'hjrvnpqkzwxtlsmydoaf-rr-us-east-1-kp3xd',
  name: 'agent-platform-db-replica',
  type: 'Read Replica',
  ...REGION,
};

/** Supabase: the agent platform's PostgreSQL, primary and read replica (`catalog/resources/agent-platform.yaml`). */
export const supabaseProvider: FocusProvider = {
  id: 'supabase',
  providerName: 'Supabase',
  publisherName: 'Supabase',
  invoiceIssuerName: 'Supabase, Inc.',
  billingAccountId: 'valuecanvas',
  billingAccountName: 'ValueCanvas',
  invoicePrefix: 'SB',
  region: { id: REGION.regionId, name: REGION.regionName },
  charges(context: FocusContext): Charge[] {
    const charges: Charge[] = [];
    for (const { day } of context.usage) {
      const onPrimary = {
        day,
        service: DATABASE,
        resource: primary,
        tags: resourceTags('agent-platform-db'),
      };
      const onReplica = {
        day,
        service: DATABASE,
        resource: replica,
        tags: resourceTags('agent-platform-db-replica'),
      };
      charges.push(
        usageCharge(
          { ...onPrimary, description: 'Large compute, primary' },
          SUPABASE_SKUS.computeLarge,
          24n,
          0,
        ),
        usageCharge(
          { ...onPrimary, description: 'Point-in-time recovery, 7 days' },
          SUPABASE_SKUS.pitr7,
          24n,
          0,
        ),
        usageCharge(
          {
            ...onPrimary,
            description: `Disk beyond the plan's ${INCLUDED_DISK_GB} GB, primary`,
          },
          SUPABASE_SKUS.disk,
          BigInt((DISK_GB - INCLUDED_DISK_GB) * 24),
          0,
        ),
        usageCharge(
          { ...onReplica, description: 'Large compute, read replica' },
          SUPABASE_SKUS.computeLarge,
          24n,
          0,
        ),
        usageCharge(
          { ...onReplica, description: 'Disk, read replica' },
          SUPABASE_SKUS.disk,
          BigInt(DISK_GB * 24),
          0,
        ),
      );
    }
    for (const month of context.months) {
      charges.push(
        ...recurringCharges(
          {
            description:
              'Pro plan, 25 USD a month spread over the days of the month',
            service: PLATFORM,
            resource: primary,
            tags: resourceTags('agent-platform-db'),
            sku: { id: 'plan-pro', meter: 'Pro Plan' },
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
