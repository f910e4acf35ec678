import { addDays, isDay } from './dates';
import { isCurrencyCode, Nanos, parseAmount } from './money';

/** FOCUS `ChargeCategory` values (the same in FOCUS 1.0, 1.1 and 1.2). */
export const FOCUS_CHARGE_CATEGORIES = [
  'Usage',
  'Purchase',
  'Tax',
  'Credit',
  'Adjustment',
] as const;

/** See {@link FOCUS_CHARGE_CATEGORIES}. */
export type FocusChargeCategory = (typeof FOCUS_CHARGE_CATEGORIES)[number];

/** FOCUS `ChargeFrequency` values (the same in FOCUS 1.0, 1.1 and 1.2). */
export const FOCUS_CHARGE_FREQUENCIES = [
  'One-Time',
  'Recurring',
  'Usage-Based',
] as const;

/** One FOCUS row as the cost plugin keeps it. */
export interface CostLine {
  /** `YYYY-MM-DD`: the UTC day `ChargePeriodStart` falls on */
  date: string;
  /** `ProviderName`, or FOCUS 1.3's `ServiceProviderName` when the file has no `ProviderName` */
  provider: string;
  /** `ServiceCategory`, e.g. `Compute` */
  serviceCategory: string;
  /** `ServiceName`, e.g. `Amazon Elastic Compute Cloud` */
  serviceName?: string;
  /** `ResourceId` */
  resourceId?: string;
  /** `ResourceName` */
  resourceName?: string;
  /** `ChargeCategory` */
  chargeCategory: FocusChargeCategory;
  /** `EffectiveCost`; negative for credits */
  amount: Nanos;
  /**
   * A charge the month-end forecast counts once instead of carrying it
   * over the remaining days: `ChargeFrequency` `One-Time` (a credit, a
   * purchase), or a charge period longer than a day (a monthly fee billed
   * on the 1st). Hourly and daily charges, recurring or usage-based, are not.
   */
  fixed: boolean;
  /** `BillingCurrency`, ISO 4217 */
  currency: string;
  /** `Tags`; empty when the file has no Tags column or the cell is empty */
  tags: Record<string, string>;
}

/** Where each column the cost plugin reads sits in a FOCUS header (0-based). */
export interface FocusColumns {
  /** Cells in the header: every row must have as many */
  width: number;
  chargePeriodStart: number;
  effectiveCost: number;
  billingCurrency: number;
  provider: number;
  /** The column {@link FocusColumns.provider} is: `ServiceProviderName` only when `ProviderName` is absent */
  providerColumn: 'ProviderName' | 'ServiceProviderName';
  serviceCategory: number;
  chargeCategory: number;
  chargePeriodEnd?: number;
  chargeFrequency?: number;
  serviceName?: number;
  resourceId?: number;
  resourceName?: number;
  tags?: number;
}

/** {@link checkFocusHeader}'s answer. */
export type FocusHeaderCheck =
  | { ok: true; columns: FocusColumns }
  | { ok: false; error: string };

/** {@link readFocusRow}'s answer: the cost line, or every problem with the row. */
export type FocusRowResult =
  | { ok: true; costLine: CostLine }
  | { ok: false; messages: string[] };

const COLUMN_NAMES = [
  'ChargePeriodStart',
  'EffectiveCost',
  'BillingCurrency',
  'ProviderName',
  'ServiceProviderName',
  'ServiceCategory',
  'ChargeCategory',
  'ChargePeriodEnd',
  'ChargeFrequency',
  'ServiceName',
  'ResourceId',
  'ResourceName',
  'Tags',
] as const;

type ColumnName = (typeof COLUMN_NAMES)[number];

/** Required columns; a list holds alternatives, the first preferred. */
const REQUIRED: ColumnName[][] = [
  ['ChargePeriodStart'],
  ['EffectiveCost'],
  ['BillingCurrency'],
  ['ProviderName', 'ServiceProviderName'],
  ['ServiceCategory'],
  ['ChargeCategory'],
];

/**
 * Finds the columns the cost plugin reads in a FOCUS 1.0, 1.1 or 1.2 header.
 * Names match exactly, as FOCUS column names are case-sensitive; a UTF-8
 * byte order mark before the first name is ignored. The error lists every
 * missing required column at once, with the near miss when a header cell
 * differs only in case or surrounding spaces, and any column read that
 * appears twice.
 */
export function checkFocusHeader(header: readonly string[]): FocusHeaderCheck {
  const names = header.map((cell, i) =>
    i === 0 ? cell.replace(/^\uFEFF/, '') : cell,
  );
  const problems: string[] = [];
  const index = new Map<ColumnName, number>();
  for (const name of COLUMN_NAMES) {
    const at = names.indexOf(name);
    if (at < 0) continue;
    if (names.indexOf(name, at + 1) >= 0) {
      problems.push(`column ${name} appears more than once`);
    }
    index.set(name, at);
  }
  const missing = REQUIRED.filter(
    alternatives => !alternatives.some(name => index.has(name)),
  ).map(alternatives => {
    const nearMisses = names.filter(cell =>
      alternatives.some(
        name => cell.trim().toLowerCase() === name.toLowerCase(),
      ),
    );
    const nearMiss = nearMisses.length
      ? ` (found ${nearMisses
          .map(cell => JSON.stringify(cell))
          .join(', ')}: FOCUS column names are exact and case-sensitive)`
      : '';
    const [name, ...others] = alternatives;
    const or = others.length ? ` (or ${others.join(', ')})` : '';
    return `${name}${or}${nearMiss}`;
  });
  if (missing.length) {
    problems.unshift(`missing required FOCUS columns: ${missing.join(', ')}`);
  }
  if (problems.length) return { ok: false, error: problems.join('; ') };
  const at = (name: ColumnName) => index.get(name) as number;
  const providerColumn = index.has('ProviderName')
    ? 'ProviderName'
    : 'ServiceProviderName';
  return {
    ok: true,
    columns: {
      width: header.length,
      chargePeriodStart: at('ChargePeriodStart'),
      effectiveCost: at('EffectiveCost'),
      billingCurrency: at('BillingCurrency'),
      provider: at(providerColumn),
      providerColumn,
      serviceCategory: at('ServiceCategory'),
      chargeCategory: at('ChargeCategory'),
      chargePeriodEnd: index.get('ChargePeriodEnd'),
      chargeFrequency: index.get('ChargeFrequency'),
      serviceName: index.get('ServiceName'),
      resourceId: index.get('ResourceId'),
      resourceName: index.get('ResourceName'),
      tags: index.get('Tags'),
    },
  };
}

/** date, `T` or a space, time with optional fraction, optional zone */
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})([T ])(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|([+-])(\d{2}):?(\d{2}))?$/;

/** Memos of what a file repeats: bounded, cleared when full. */
const MEMO_SIZE = 4096;
const utcDays = new Map<string, { day: string } | { message: string }>();
const nextDays = new Map<string, string>();

const TAG_MEMO_SIZE = 16384;
const tagCells = new Map<
  string,
  { tags: Record<string, string> } | { message: string }
>();

/**
 * The UTC day of a FOCUS date-time: ISO 8601 with `Z` or an offset
 * (`2026-11-01T00:00:00Z`, `2026-10-31T23:30:00-02:00`), or
 * `2026-11-01 00:00:00` read as UTC. Returns a message for anything else.
 */
function utcDay(text: string): { day: string } | { message: string } {
  let known = utcDays.get(text);
  if (!known) {
    known = readUtcDay(text);
    // a file repeats a few hundred date-times over millions of rows
    if (utcDays.size >= MEMO_SIZE) utcDays.clear();
    utcDays.set(text, known);
  }
  return known;
}

/** The day after a `YYYY-MM-DD` day, remembered like {@link utcDay}. */
function nextDay(day: string): string {
  let next = nextDays.get(day);
  if (!next) {
    next = addDays(day, 1);
    if (nextDays.size >= MEMO_SIZE) nextDays.clear();
    nextDays.set(day, next);
  }
  return next;
}

function readUtcDay(text: string): { day: string } | { message: string } {
  const example = 'such as 2026-11-01T00:00:00Z';
  const match = TIMESTAMP.exec(text);
  if (!match) {
    return { message: `${JSON.stringify(text)} is not a date-time ${example}` };
  }
  const [, date, separator, hh, mm, ss, zone, sign, offsetHh, offsetMm] = match;
  if (separator === 'T' && zone === undefined) {
    return {
      message: `${JSON.stringify(
        text,
      )} has no time zone: end it with Z or an offset such as +01:00`,
    };
  }
  if (
    !isDay(date) ||
    Number(hh) > 23 ||
    Number(mm) > 59 ||
    Number(ss) > 60 || // 60: a leap second
    Number(offsetHh ?? 0) > 23 ||
    Number(offsetMm ?? 0) > 59
  ) {
    return { message: `${JSON.stringify(text)} is not a valid date-time` };
  }
  const offsetMinutes =
    (sign === '-' ? -1 : 1) *
    (Number(offsetHh ?? 0) * 60 + Number(offsetMm ?? 0));
  const utcMinutes = Number(hh) * 60 + Number(mm) - offsetMinutes;
  return { day: addDays(date, Math.floor(utcMinutes / (24 * 60))) };
}

/** A JSON value's kind, for messages: `an array`, `an object`, `a number`, `null`. */
function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * FOCUS `Tags`: a JSON object whose values are strings, numbers, booleans or
 * null (KeyValueFormat). Numbers and booleans become their JSON text (`true`
 * is what FOCUS gives a tag that has no value); null-valued keys are left
 * out, as they have no value to match.
 */
function readTags(
  cell: string,
): { tags: Record<string, string> } | { message: string } {
  let known = tagCells.get(cell);
  if (!known) {
    known = parseTags(cell);
    // rows of one resource repeat its tags; their objects are never changed
    if (tagCells.size >= TAG_MEMO_SIZE) tagCells.clear();
    tagCells.set(cell, known);
  }
  return known;
}

function parseTags(
  cell: string,
): { tags: Record<string, string> } | { message: string } {
  if (cell.trim() === '') return { tags: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    const shown = cell.length > 60 ? `${cell.slice(0, 60)}…` : cell;
    return { message: `Tags: ${JSON.stringify(shown)} is not valid JSON` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { message: `Tags: must be a JSON object, got ${jsonKind(parsed)}` };
  }
  const tags: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null) continue;
    if (typeof value === 'object') {
      return {
        message: `Tags: the value of ${JSON.stringify(key)} is ${jsonKind(
          value,
        )}; tag values are strings, numbers, booleans or null`,
      };
    }
    tags.push([key, String(value)]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays a key;
  // frozen, as rows with the same cell share it
  return { tags: Object.freeze(Object.fromEntries(tags)) };
}

/**
 * Reads one FOCUS row, given the columns {@link checkFocusHeader} found and
 * the row's cells as the CSV parser produced them (already unquoted). Text
 * cells are trimmed; empty optional cells are left out. Every problem is
 * reported, each message starting with the column's name. Mixing currencies
 * across rows is not checked here: a row carries its own.
 */
export function readFocusRow(
  columns: FocusColumns,
  cells: readonly string[],
): FocusRowResult {
  if (cells.length !== columns.width) {
    return {
      ok: false,
      messages: [
        `the row has ${cells.length} cells where the header has ${columns.width}`,
      ],
    };
  }
  const messages: string[] = [];
  const optional = (at: number | undefined) => {
    const text = at === undefined ? '' : cells[at].trim();
    return text === '' ? undefined : text;
  };
  const required = (at: number, column: string) => {
    const text = optional(at);
    if (text === undefined) messages.push(`${column}: a value is required`);
    return text;
  };

  const start = required(columns.chargePeriodStart, 'ChargePeriodStart');
  let date: string | undefined;
  if (start !== undefined) {
    const day = utcDay(start);
    if ('day' in day) date = day.day;
    else messages.push(`ChargePeriodStart: ${day.message}`);
  }

  const costText = required(columns.effectiveCost, 'EffectiveCost');
  let amount: Nanos | undefined;
  if (costText !== undefined) {
    try {
      amount = parseAmount(costText);
    } catch (error) {
      messages.push(`EffectiveCost: ${(error as Error).message}`);
    }
  }

  const currency = required(columns.billingCurrency, 'BillingCurrency');
  if (currency !== undefined && !isCurrencyCode(currency)) {
    messages.push(
      `BillingCurrency: ${JSON.stringify(
        currency,
      )} is not an ISO 4217 code such as USD`,
    );
  }

  const provider = required(columns.provider, columns.providerColumn);
  const serviceCategory = required(columns.serviceCategory, 'ServiceCategory');

  const category = required(columns.chargeCategory, 'ChargeCategory');
  const chargeCategory = FOCUS_CHARGE_CATEGORIES.find(c => c === category);
  if (category !== undefined && chargeCategory === undefined) {
    messages.push(
      `ChargeCategory: ${JSON.stringify(
        category,
      )} is not one of ${FOCUS_CHARGE_CATEGORIES.join(', ')}`,
    );
  }

  const frequency = optional(columns.chargeFrequency);
  if (
    frequency !== undefined &&
    !(FOCUS_CHARGE_FREQUENCIES as readonly string[]).includes(frequency)
  ) {
    messages.push(
      `ChargeFrequency: ${JSON.stringify(
        frequency,
      )} is not one of ${FOCUS_CHARGE_FREQUENCIES.join(', ')}`,
    );
  }
  const end = optional(columns.chargePeriodEnd);
  let endDate: string | undefined;
  if (end !== undefined) {
    const day = utcDay(end);
    if ('day' in day) endDate = day.day;
    else messages.push(`ChargePeriodEnd: ${day.message}`);
  }

  const tagsRead = readTags(
    columns.tags === undefined ? '' : cells[columns.tags],
  );
  if ('message' in tagsRead) messages.push(tagsRead.message);

  if (
    messages.length ||
    date === undefined ||
    amount === undefined ||
    currency === undefined ||
    provider === undefined ||
    serviceCategory === undefined ||
    chargeCategory === undefined ||
    !('tags' in tagsRead)
  ) {
    return { ok: false, messages };
  }
  const costLine: CostLine = {
    date,
    provider,
    serviceCategory,
    chargeCategory,
    amount,
    // a period ending after the next day's start is longer than a day
    fixed:
      frequency === 'One-Time' ||
      (endDate !== undefined && endDate > date && endDate > nextDay(date)),
    currency,
    tags: tagsRead.tags,
  };
  const serviceName = optional(columns.serviceName);
  const resourceId = optional(columns.resourceId);
  const resourceName = optional(columns.resourceName);
  if (serviceName !== undefined) costLine.serviceName = serviceName;
  if (resourceId !== undefined) costLine.resourceId = resourceId;
  if (resourceName !== undefined) costLine.resourceName = resourceName;
  return { ok: true, costLine };
}
