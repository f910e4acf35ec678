import { stagingAllocations } from '../opencost/allocations';
import { incidentsFor } from '../prometheus/incidents';
import { DEFAULT_HISTORY } from '../prometheus/history';
import { allocate, divideHalfToEven, dollars, formatNanos } from './amounts';
import {
  SANDBOX_RESOURCE_DEPENDENTS,
  SANDBOX_SERVICE_DEPENDENCIES,
} from './budgets';
import {
  DAY_SECONDS,
  dayStartText,
  lastDayFor,
  Month,
  monthOf,
  monthsAfter,
} from './calendar';
import { Charge, daysOf, FocusContext, FocusProvider } from './charges';
import { FOCUS_COLUMNS, FocusRow } from './columns';
import { toCsv } from './csv';
import { awsProvider, retryStormLogs } from './providers/aws';
import { cloudflareProvider } from './providers/cloudflare';
import { grafanaProvider } from './providers/grafana';
import { neonProvider } from './providers/neon';
import { railwayProvider } from './providers/railway';
import { sentryProvider } from './providers/sentry';
import { supabaseProvider } from './providers/supabase';
import { crawlerEdgeRequests, vercelProvider } from './providers/vercel';
import { FocusBudgetStory, FocusStory, focusStoryFor } from './story';
import { DayUsage, simulateUsage } from './usage';

/** The providers, one file each per month, in this order. */
export const FOCUS_PROVIDERS: readonly FocusProvider[] = [
  awsProvider,
  supabaseProvider,
  neonProvider,
  railwayProvider,
  vercelProvider,
  cloudflareProvider,
  grafanaProvider,
  sentryProvider,
];

/** The providers of the files: the id in the file names, `ProviderName`, `InvoiceIssuerName`. */
export const SANDBOX_FOCUS_PROVIDERS: ReadonlyArray<{
  id: string;
  providerName: string;
  invoiceIssuerName: string;
}> = FOCUS_PROVIDERS.map(({ id, providerName, invoiceIssuerName }) => ({
  id,
  providerName,
  invoiceIssuerName,
}));

/** 13 months: the current one and the twelve before it. */
export const DEFAULT_FOCUS_MONTHS = 13;

export interface FocusOptions {
  /** Unix seconds: the history's end (`historyEndFor`); the files cover the days before it */
  end: number;
  /** Months covered, the current (partial) one included; default 13 */
  months?: number;
  /** Default: the Prometheus history's seed */
  seed?: number;
}

/** One generated FOCUS 1.2 CSV file. */
export interface FocusFile {
  /** `<YYYY-MM>-<provider>.csv`, e.g. `2026-11-aws.csv` */
  name: string;
  /** `YYYY-MM` */
  month: string;
  /** The provider's id in the name: `aws`, `supabase`, `neon`, `railway`, `vercel`, `cloudflare`, `grafana`, `sentry` */
  provider: string;
  /** Data rows, the header not counted */
  rows: number;
  csv: string;
}

/** The months of the files, oldest first. */
export function focusMonths(options: FocusOptions): Month[] {
  const months = options.months ?? DEFAULT_FOCUS_MONTHS;
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`months must be a whole number above 0, got ${months}`);
  }
  const lastDay = lastDayFor(options.end);
  return Array.from({ length: months }, (_, i) =>
    monthsAfter(lastDay, i - months + 1),
  );
}

/** The names of the files {@link generateFocusFiles} makes, without making them. */
export function focusFileNames(options: FocusOptions): string[] {
  return focusMonths(options).flatMap(month =>
    FOCUS_PROVIDERS.map(provider => `${month.id}-${provider.id}.csv`),
  );
}

/** Where the story puts its extra cost, per story service. */
const STORY_LINES: Array<{
  pick: (story: FocusStory) => FocusBudgetStory;
  provider: FocusProvider;
  line: (day: number, cost: bigint) => Charge;
}> = [
  { pick: s => s.overBudget, provider: awsProvider, line: retryStormLogs },
  { pick: s => s.warning, provider: vercelProvider, line: crawlerEdgeRequests },
];

/**
 * What the staging copy of `service` (OpenCost label `app=<service>`) costs
 * on `days`, in nanos: OpenCost's `totalCost` of each whole day, as the
 * portal's import reads it (`parseAmount(String(totalCost))`). 0 for a
 * service without a staging copy.
 */
function stagingCost(service: string, days: readonly number[]): bigint {
  let total = 0n;
  for (const day of days) {
    const start = day * DAY_SECONDS;
    for (const allocation of stagingAllocations(start, start + DAY_SECONDS)) {
      if (allocation.properties.labels?.app === service) {
        total += dollars(String(allocation.totalCost));
      }
    }
  }
  return total;
}

/**
 * A service's spend on `days` as the portal measures it against its
 * budget, without the story's extra: its own rows (tag `service`), its
 * staging copy's OpenCost allocations, and for each Resource in its
 * `spec.dependsOn` that Resource's rows ÷ N, its dependents. The portal
 * rounds that share to the nano, half to even, once on the month's sum
 * (overview, alerts, notifications, metrics) and once per day on the
 * Costs tab; the two can differ by a few nanos, so this is the lower one.
 */
function rolledUpSpend(
  charges: Map<FocusProvider, Charge[]>,
  service: string,
  days: readonly number[],
): bigint {
  const resources = SANDBOX_SERVICE_DEPENDENCIES[service] ?? [];
  let own = 0n;
  const byResourceDay = new Map(
    resources.map(r => [r, new Map<number, bigint>()]),
  );
  for (const list of charges.values()) {
    for (const { tags, day, cost } of list) {
      if (!days.includes(day)) continue;
      if (tags?.service === service) own += cost;
      const perDay = tags?.resource && byResourceDay.get(tags.resource);
      if (perDay) perDay.set(day, (perDay.get(day) ?? 0n) + cost);
    }
  }
  let monthShares = 0n;
  let dailyShares = 0n;
  for (const [resource, perDay] of byResourceDay) {
    const parts = BigInt(SANDBOX_RESOURCE_DEPENDENTS[resource] ?? 1);
    let month = 0n;
    for (const amount of perDay.values()) {
      month += amount;
      dailyShares += divideHalfToEven(amount, parts);
    }
    monthShares += divideHalfToEven(month, parts);
  }
  const shares = monthShares < dailyShares ? monthShares : dailyShares;
  return own + stagingCost(service, days) + shares;
}

/**
 * Adds the story's extra cost to this month's charges of the over-budget
 * and the warning service, so that their month-to-date spend as the portal
 * rolls it up (see {@link rolledUpSpend}) is exactly the story's, spread
 * over the month's days in proportion to their traffic.
 */
function addBudgetStory(
  charges: Map<FocusProvider, Charge[]>,
  story: FocusStory,
  month: Month,
  lastDay: number,
  usage: readonly DayUsage[],
) {
  const days = daysOf(month, lastDay);
  for (const { pick, provider, line } of STORY_LINES) {
    const { service, monthToDate } = pick(story);
    const spent = rolledUpSpend(charges, service, days);
    const extra = dollars(monthToDate) - spent;
    if (extra <= 0n) {
      throw new Error(
        `${service} already spent ${formatNanos(
          spent,
        )} USD this month, more than the story's ${monthToDate}`,
      );
    }
    const weights = days.map(day => {
      const requests = usage.find(u => u.day === day)?.services[service]
        .requests;
      return BigInt(Math.round(requests ?? 0)) + 1n;
    });
    const parts = allocate(extra, weights);
    charges.get(provider)?.push(...days.map((day, i) => line(day, parts[i])));
  }
}

function toRow(
  provider: FocusProvider,
  charge: Charge,
  month: Month,
  invoiced: boolean,
): string[] {
  const { resource, sku, service } = charge;
  const usage = charge.category === 'Usage';
  const region = resource?.regionId
    ? { id: resource.regionId, name: resource.regionName }
    : resource && provider.region;
  const row: FocusRow = {
    AvailabilityZone: resource?.availabilityZone,
    BilledCost: formatNanos(charge.cost),
    BillingAccountId: provider.billingAccountId,
    BillingAccountName: provider.billingAccountName,
    BillingCurrency: 'USD',
    BillingPeriodEnd: dayStartText(month.firstDay + month.days),
    BillingPeriodStart: dayStartText(month.firstDay),
    ChargeCategory: charge.category,
    ChargeDescription: charge.description,
    ChargeFrequency: charge.frequency,
    ChargePeriodEnd: dayStartText(charge.day + (charge.periodDays ?? 1)),
    ChargePeriodStart: dayStartText(charge.day),
    ConsumedQuantity: usage ? charge.consumedQuantity : undefined,
    ConsumedUnit: usage ? charge.consumedUnit : undefined,
    ContractedCost: formatNanos(charge.cost),
    ContractedUnitPrice: charge.listUnitPrice,
    EffectiveCost: formatNanos(charge.cost),
    InvoiceId: invoiced
      ? `${provider.invoicePrefix}-${month.id.replace('-', '')}`
      : undefined,
    InvoiceIssuerName: provider.invoiceIssuerName,
    ListCost: formatNanos(charge.listCost),
    ListUnitPrice: charge.listUnitPrice,
    PricingCategory: usage ? 'Standard' : undefined,
    PricingQuantity: charge.pricingQuantity,
    PricingUnit: sku?.pricingUnit,
    ProviderName: provider.providerName,
    PublisherName: provider.publisherName,
    RegionId: region ? region.id : undefined,
    RegionName: region ? region.name : undefined,
    ResourceId: resource?.id,
    ResourceName: resource?.name,
    ResourceType: resource?.type,
    ServiceCategory: service.category,
    ServiceName: service.name,
    ServiceSubcategory: service.subcategory,
    SkuId: sku?.id,
    SkuMeter: sku?.meter,
    SkuPriceId:
      sku && charge.frequency === 'Usage-Based'
        ? `${sku.id}:${formatNanos(sku.unitPrice)}`
        : undefined,
    SubAccountId: provider.subAccountId,
    SubAccountName: provider.subAccountName,
    Tags: charge.tags ? JSON.stringify(charge.tags) : undefined,
  };
  return FOCUS_COLUMNS.map(column => row[column] ?? '');
}

/**
 * The demo's FOCUS 1.2 billing data: one CSV file per provider and month
 * for `months` months (default 13) ending with the current, partial month,
 * up to the day before `end`. Daily rows for every demo service (tag
 * `service`) and catalog Resource (tag `resource`), following the history's
 * traffic and incidents, with the story of {@link focusStoryFor}.
 * Deterministic: the same options give the same bytes.
 */
export function generateFocusFiles(options: FocusOptions): FocusFile[] {
  const seed = options.seed ?? DEFAULT_HISTORY.seed;
  const months = focusMonths(options);
  const lastDay = lastDayFor(options.end);
  const current = months[months.length - 1];
  const story = focusStoryFor({ end: options.end, months: months.length });
  const usage = simulateUsage({
    seed,
    firstDay: months[0].firstDay,
    lastDay,
    referenceDay: current.firstDay,
    incidents: incidentsFor(options.end),
    spike: story.spike,
  });
  const context: FocusContext = {
    seed,
    usage,
    months,
    lastDay,
    referenceDay: current.firstDay,
  };
  const charges = new Map(
    FOCUS_PROVIDERS.map(provider => [provider, provider.charges(context)]),
  );
  addBudgetStory(charges, story, current, lastDay, usage);

  const files: FocusFile[] = [];
  for (const month of months) {
    const invoiced = month !== current;
    for (const provider of FOCUS_PROVIDERS) {
      const rows = (charges.get(provider) ?? [])
        .filter(charge => monthOf(charge.day).id === month.id)
        // stable: the provider's order within a day
        .sort((a, b) => a.day - b.day)
        .map(charge => toRow(provider, charge, month, invoiced));
      files.push({
        name: `${month.id}-${provider.id}.csv`,
        month: month.id,
        provider: provider.id,
        rows: rows.length,
        csv: toCsv(FOCUS_COLUMNS, rows),
      });
    }
  }
  return files;
}
