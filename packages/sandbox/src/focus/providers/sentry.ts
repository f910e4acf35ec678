import { dollars } from '../amounts';
import {
  Charge,
  FocusContext,
  FocusProvider,
  FocusService,
  recurringCharges,
} from '../charges';
import { resourceTags } from '../tags';

const ERRORS: FocusService = {
  name: 'Sentry',
  category: 'Management and Governance',
  subcategory: 'Observability',
};

const TEAM_PLAN_MONTHLY = dollars('26');

/** Sentry: organisation valuecanvas on the Team plan (`catalog/resources/shared.yaml`). */
export const sentryProvider: FocusProvider = {
  id: 'sentry',
  providerName: 'Sentry',
  publisherName: 'Sentry',
  invoiceIssuerName: 'Functional Software, Inc.',
  billingAccountId: '4508130000000000',
  billingAccountName: 'valuecanvas',
  invoicePrefix: 'SEN',
  region: { id: 'us', name: 'United States' },
  charges(context: FocusContext): Charge[] {
    return context.months.flatMap(month =>
      recurringCharges(
        {
          description:
            'Team plan (50 000 errors a month included), 26 USD a month spread over the days of the month',
          service: ERRORS,
          resource: {
            id: 'valuecanvas',
            name: 'valuecanvas',
            type: 'Organization',
          },
          tags: resourceTags('sentry-org'),
          sku: { id: 'am3_team', meter: 'Team Plan' },
        },
        month,
        TEAM_PLAN_MONTHLY,
        context.lastDay,
      ),
    );
  },
};
