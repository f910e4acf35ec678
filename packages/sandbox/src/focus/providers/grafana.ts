import { toScaled } from '../amounts';
import {
  Charge,
  FocusContext,
  FocusProvider,
  FocusResource,
  FocusService,
  usageCharge,
} from '../charges';
import { resourceTags } from '../tags';
import { DEMO_SERVICES } from '../../services';

const OBSERVABILITY: FocusService = {
  name: 'Grafana Cloud',
  category: 'Management and Governance',
  subcategory: 'Observability',
};

/** The free tier: 10 000 active series and 50 GB of logs a month at no cost. */
export const GRAFANA_SKUS = {
  series: {
    id: 'metrics-active-series-free',
    meter: 'Metrics Active Series (free tier)',
    pricingUnit: 'Series-Days',
    unitPrice: 0n,
  },
  logs: {
    id: 'logs-ingested-free',
    meter: 'Logs Ingested (free tier)',
    pricingUnit: 'GB',
    unitPrice: 0n,
  },
};

/** Active series a year before the current month, and their growth over the year. */
const SERIES = { yearAgo: 6800, growth: 1600 };
const LOG_BYTES_PER_REQUEST = 120;

const stack: FocusResource = {
  id: '1029384',
  name: 'valuecanvas',
  type: 'Stack',
  regionId: 'prod-us-east-0',
  regionName: 'US East',
};

/** Grafana Labs: the Grafana Cloud stack on the free tier, every row at 0 USD. */
export const grafanaProvider: FocusProvider = {
  id: 'grafana',
  providerName: 'Grafana Labs',
  publisherName: 'Grafana Labs',
  invoiceIssuerName: 'Raintank, Inc. dba Grafana Labs',
  billingAccountId: '682175',
  billingAccountName: 'valuecanvas',
  invoicePrefix: 'GL',
  charges(context: FocusContext): Charge[] {
    return context.usage.flatMap(({ day, services }) => {
      const base = {
        day,
        service: OBSERVABILITY,
        resource: stack,
        tags: resourceTags('grafana-stack'),
      };
      const yearsBack = (context.referenceDay - day) / 365;
      const requests = DEMO_SERVICES.reduce(
        (sum, s) => sum + services[s.name].requests,
        0,
      );
      return [
        usageCharge(
          { ...base, description: 'Metrics active series, free tier' },
          GRAFANA_SKUS.series,
          toScaled(SERIES.yearAgo + SERIES.growth * (1 - yearsBack), 0),
          0,
        ),
        usageCharge(
          { ...base, description: 'Logs ingested, free tier' },
          GRAFANA_SKUS.logs,
          toScaled((requests * LOG_BYTES_PER_REQUEST) / 1e9, 6),
          6,
        ),
      ];
    });
  },
};
