import { costOf, formatNanos, formatScaled, spreadEvenly } from './amounts';
import { Month } from './calendar';
import { DayUsage } from './usage';

/** FOCUS `ChargeCategory` values the files use. */
export type FocusChargeCategory = 'Usage' | 'Credit' | 'Tax';

/** FOCUS `ChargeFrequency`. */
export type FocusChargeFrequency = 'Usage-Based' | 'Recurring' | 'One-Time';

/** What is billed: `ServiceName`, `ServiceCategory`, `ServiceSubcategory` (FOCUS 1.2 values). */
export interface FocusService {
  name: string;
  category: string;
  subcategory: string;
}

/** `ResourceId`, `ResourceName`, `ResourceType`, where it runs. */
export interface FocusResource {
  id: string;
  name: string;
  type: string;
  regionId?: string;
  regionName?: string;
  availabilityZone?: string;
}

/** A priced SKU: `unitPrice` nanos per `pricingUnit`. */
export interface FocusSku {
  id: string;
  meter: string;
  pricingUnit: string;
  unitPrice: bigint;
}

/** One row of a FOCUS file before it becomes text. */
export interface Charge {
  /** Day number of `ChargePeriodStart` */
  day: number;
  /** Days the charge period covers (default 1) */
  periodDays?: number;
  category: FocusChargeCategory;
  frequency: FocusChargeFrequency;
  description: string;
  service: FocusService;
  resource?: FocusResource;
  sku?: FocusSku;
  pricingQuantity?: string;
  consumedQuantity?: string;
  consumedUnit?: string;
  listUnitPrice?: string;
  /** `BilledCost` = `EffectiveCost` = `ContractedCost` (no negotiated or commitment discounts), nanos */
  cost: bigint;
  /** `ListCost`, nanos */
  listCost: bigint;
  /** `Tags`; an empty cell when absent */
  tags?: Record<string, string>;
}

/** What a usage row needs besides its SKU and quantity. */
export interface ChargeBase {
  day: number;
  description: string;
  service: FocusService;
  resource?: FocusResource;
  tags?: Record<string, string>;
}

/** A usage row: `quantity` × 10^-`scale` pricing units at the SKU's price, the cost rounded once to the nano. */
export function usageCharge(
  base: ChargeBase,
  sku: FocusSku,
  quantity: bigint,
  scale: number,
  consumed?: { quantity: string; unit: string },
): Charge {
  const cost = costOf(quantity, scale, sku.unitPrice);
  const pricingQuantity = formatScaled(quantity, scale);
  return {
    ...base,
    category: 'Usage',
    frequency: 'Usage-Based',
    sku,
    pricingQuantity,
    consumedQuantity: consumed?.quantity ?? pricingQuantity,
    consumedUnit: consumed?.unit ?? sku.pricingUnit,
    listUnitPrice: formatNanos(sku.unitPrice),
    cost,
    listCost: cost,
  };
}

/**
 * The quantity of pricing units that costs exactly `cost` at `unitPrice`,
 * as a scaled integer. Exact when the price has no prime factors other
 * than 2 and 5 besides its nanos (0.50 USD per GB, 2 USD per million).
 */
export function exactQuantity(
  cost: bigint,
  unitPrice: bigint,
): { quantity: bigint; scale: number } {
  for (let scale = 0; scale <= 30; scale++) {
    const scaled = cost * 10n ** BigInt(scale);
    if (scaled % unitPrice === 0n) {
      return { quantity: scaled / unitPrice, scale };
    }
  }
  throw new Error(
    `no decimal quantity costs exactly ${formatNanos(cost)} at ${formatNanos(
      unitPrice,
    )}`,
  );
}

/**
 * A row whose cost is given: the quantity is what costs exactly that much
 * at the SKU's price (see {@link exactQuantity}).
 */
export function usageChargeCosting(
  base: ChargeBase,
  sku: FocusSku,
  cost: bigint,
  consumedUnitsPerPricingUnit = 1n,
  consumedUnit = sku.pricingUnit,
): Charge {
  const { quantity, scale } = exactQuantity(cost, sku.unitPrice);
  return {
    ...base,
    category: 'Usage',
    frequency: 'Usage-Based',
    sku,
    pricingQuantity: formatScaled(quantity, scale),
    consumedQuantity: formatScaled(
      quantity * consumedUnitsPerPricingUnit,
      scale,
    ),
    consumedUnit,
    listUnitPrice: formatNanos(sku.unitPrice),
    cost,
    listCost: cost,
  };
}

/**
 * A monthly price as one row per day of `month` that the files cover: the
 * price spread evenly over all the month's days (`spreadEvenly`), so the
 * whole month adds up to the price exactly and the first `k` days to
 * ⌊price × k / days⌋ nanos. Each row is one day (`PricingUnit` `Days`) at
 * that day's share.
 */
export function recurringCharges(
  base: Omit<ChargeBase, 'day'> & { sku: { id: string; meter: string } },
  month: Month,
  monthlyPrice: bigint,
  lastDay: number,
): Charge[] {
  const shares = spreadEvenly(monthlyPrice, month.days);
  return daysOf(month, lastDay).map((day, i) => ({
    ...base,
    day,
    category: 'Usage',
    frequency: 'Recurring',
    sku: { ...base.sku, pricingUnit: 'Days', unitPrice: shares[i] },
    pricingQuantity: '1',
    consumedQuantity: '1',
    consumedUnit: 'Days',
    listUnitPrice: formatNanos(shares[i]),
    cost: shares[i],
    listCost: shares[i],
  }));
}

/** What a provider's charges are computed from. */
export interface FocusContext {
  seed: number;
  /** One per day of the files, in order */
  usage: readonly DayUsage[];
  /** The months of the files, oldest first; the last one is partial */
  months: readonly Month[];
  /** Day number of the last day in the files */
  lastDay: number;
  /** First day of the current month: the traffic and the data grow towards it */
  referenceDay: number;
}

/** One file per provider and month. */
export interface FocusProvider {
  /** In the file names: `2026-11-aws.csv` */
  id: string;
  providerName: string;
  publisherName: string;
  invoiceIssuerName: string;
  billingAccountId: string;
  billingAccountName: string;
  subAccountId?: string;
  subAccountName?: string;
  /** `InvoiceId` of a closed month: `<prefix>-<YYYYMM>`; the current month has none yet */
  invoicePrefix: string;
  /** Region of rows whose resource does not name one */
  region?: { id: string; name: string };
  charges(context: FocusContext): Charge[];
}

/** Day numbers of `month` that the files cover. */
export function daysOf(month: Month, lastDay: number): number[] {
  const days: number[] = [];
  for (let day = month.firstDay; day < month.firstDay + month.days; day++) {
    if (day <= lastDay) days.push(day);
  }
  return days;
}
