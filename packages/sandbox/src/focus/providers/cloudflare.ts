import { dollars } from '../amounts';
import {
  Charge,
  FocusContext,
  FocusProvider,
  FocusResource,
  FocusService,
  recurringCharges,
} from '../charges';
import { resourceTags } from '../tags';

const ZONES: FocusService = {
  name: 'Cloudflare Application Services',
  category: 'Networking',
  subcategory: 'Content Delivery',
};
const TAX: FocusService = {
  name: 'Sales Tax',
  category: 'Other',
  subcategory: 'Other (Other)',
};

const PRO_PLAN_MONTHLY = dollars('20');
/** New York sales tax on the Pro plan, billed with the plan on the 1st: 8.875 % of 20 USD. */
export const CLOUDFLARE_MONTHLY_TAX = dollars('1.775');

const zone = (id: string, name: string): FocusResource => ({
  id,
  name,
  type: 'Zone',
});

/** Cloudflare: the two zones (`catalog/resources/*.yaml`). */
export const cloudflareProvider: FocusProvider = {
  id: 'cloudflare',
  providerName: 'Cloudflare',
  publisherName: 'Cloudflare',
  invoiceIssuerName: 'Cloudflare, Inc.',
  billingAccountId: '5b1e3c7a9d2f4e6081a3c5e7f9b1d3a5',
  billingAccountName: 'valuecanvas',
  invoicePrefix: 'CF',
  charges(context: FocusContext): Charge[] {
    const charges: Charge[] = [];
    for (const month of context.months) {
      charges.push(
        ...recurringCharges(
          {
            description:
              'Pro plan (WAF managed rules), 20 USD a month spread over the days of the month',
            service: ZONES,
            resource: zone(
              '023e105f4ecef8ad9ca31a8372d0c353',
              'valuecanvas.io',
            ),
            tags: resourceTags('agent-platform-cloudflare-zone'),
            sku: { id: 'zone-pro', meter: 'Pro Plan' },
          },
          month,
          PRO_PLAN_MONTHLY,
          context.lastDay,
        ),
        ...recurringCharges(
          {
            description: 'Free plan',
            service: ZONES,
            resource: zone(
              '9a7806061c88ada191ed06f989cc3dac',
              'valuecanvas.shop',
            ),
            tags: resourceTags('inventory-cloudflare-zone'),
            sku: { id: 'zone-free', meter: 'Free Plan' },
          },
          month,
          0n,
          context.lastDay,
        ),
        {
          day: month.firstDay,
          periodDays: month.days,
          category: 'Tax',
          frequency: 'One-Time',
          description: 'New York sales tax (8.875 %) on the Pro plan',
          service: TAX,
          cost: CLOUDFLARE_MONTHLY_TAX,
          listCost: CLOUDFLARE_MONTHLY_TAX,
        },
      );
    }
    return charges;
  },
};
