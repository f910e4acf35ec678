import { isCurrencyCode, Nanos, parseAmount } from './money';

/**
 * The entity's monthly budget: an amount, optionally followed by its ISO
 * 4217 currency: `250`, `250.00`, `250 USD`.
 */
export const MONTHLY_BUDGET_ANNOTATION = 'agent-platform.io/monthly-budget';

/**
 * The tags that attribute bill rows to the entity: `key=value,key2=value2`.
 * A row belongs to the entity when its tags carry all of them. Defaults to
 * `service=<entity name>`.
 */
export const COST_TAGS_ANNOTATION = 'agent-platform.io/cost-tags';

/** Thrown for an annotation that cannot be read; the message starts with the annotation's name. */
export class CostAnnotationError extends Error {
  name = 'CostAnnotationError';
  constructor(
    /** The annotation at fault */
    readonly annotation: string,
    message: string,
  ) {
    super(`${annotation}: ${message}`);
  }
}

/** A monthly budget as the annotation states it. */
export interface MonthlyBudget {
  /** Above zero */
  amount: Nanos;
  /** ISO 4217, when the annotation names one */
  currency?: string;
}

/**
 * Reads {@link MONTHLY_BUDGET_ANNOTATION}: `250`, `250.00` or `250 USD`.
 * Throws a CostAnnotationError for anything else, and for a budget that is
 * not above zero.
 */
export function parseMonthlyBudget(value: string): MonthlyBudget {
  const fail = (message: string) =>
    new CostAnnotationError(MONTHLY_BUDGET_ANNOTATION, message);
  const parts = value.trim().split(/\s+/);
  if (parts.length > 2 || parts[0] === '') {
    throw fail(
      `${JSON.stringify(value)} is not an amount with an optional ` +
        'currency, such as 250 or 250.00 USD',
    );
  }
  const [amountText, currency] = parts;
  let amount: Nanos;
  try {
    amount = parseAmount(amountText);
  } catch (error) {
    throw fail((error as Error).message);
  }
  if (amount <= 0n) {
    throw fail(`the budget must be above 0, got ${amountText}`);
  }
  if (currency !== undefined && !isCurrencyCode(currency)) {
    throw fail(
      `"${currency}" is not an ISO 4217 currency code such as USD or EUR`,
    );
  }
  return currency === undefined ? { amount } : { amount, currency };
}

/**
 * Reads {@link COST_TAGS_ANNOTATION}: `key=value` pairs separated by commas,
 * spaces around them ignored. A value may itself contain `=` (the first one
 * splits). Throws a CostAnnotationError naming the bad pair, a key given
 * twice, or a value naming no tag at all (which would match every row).
 */
export function parseCostTags(value: string): Record<string, string> {
  const fail = (message: string) =>
    new CostAnnotationError(COST_TAGS_ANNOTATION, message);
  const tags = new Map<string, string>();
  for (const part of value.split(',')) {
    const pair = part.trim();
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = pair.slice(0, Math.max(equals, 0)).trim();
    const tagValue = pair.slice(equals + 1).trim();
    if (equals < 0 || key === '' || tagValue === '') {
      throw fail(`"${pair}" is not a key=value pair`);
    }
    if (tags.has(key)) {
      throw fail(`"${key}" is given twice`);
    }
    tags.set(key, tagValue);
  }
  if (tags.size === 0) {
    throw fail('names no tags: give key=value pairs such as service=my-api');
  }
  // fromEntries defines own properties, so a "__proto__" key stays a key
  return Object.fromEntries(tags);
}

/**
 * The cost tags of an entity: its {@link COST_TAGS_ANNOTATION}, or
 * `service=<its name>` without one.
 */
export function entityCostTags(entity: {
  metadata: { name: string; annotations?: Record<string, string> };
}): Record<string, string> {
  const value = entity.metadata.annotations?.[COST_TAGS_ANNOTATION];
  return value === undefined
    ? { service: entity.metadata.name }
    : parseCostTags(value);
}
