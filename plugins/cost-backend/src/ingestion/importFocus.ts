import {
  AttributionTarget,
  attributor,
  checkFocusHeader,
  FocusColumns,
  ImportRowError,
  readFocusRow,
} from '@internal/plugin-cost-common';
import { parse } from 'csv-parse';
import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { CostStore, ImportStatus, StoredCostLine } from '../database/CostStore';

/**
 * Lines of one day, entity, provider, service and resource are summed
 * before they are stored (FOCUS has a row per SKU and charge); at most this
 * many sums are held, then written, so memory stays bounded.
 */
const HELD_SUMS = 20_000;
/** The longest record read: an unclosed quote must not swallow a whole upload. */
const MAX_RECORD_BYTES = 1024 * 1024;
/** Bad lines listed at most; the count covers them all. */
export const MAX_LISTED_ERRORS = 1000;

export interface FocusImportOptions {
  store: CostStore;
  /** The configured source's name, or `upload`. */
  source: string;
  /**
   * Re-importing the same source and key replaces the earlier lines;
   * without one the key is the content's SHA-256 (`sha256:<hex>`).
   */
  fileKey?: string;
  /** Lets a later run skip a file imported unchanged (e.g. its size and time). */
  fingerprint?: string;
  /** The entities costs are attributed to. */
  targets: AttributionTarget[];
  /** Import the good rows of a file with bad ones (default: reject it whole). */
  partial?: boolean;
}

export interface FocusImportResult {
  importId: string;
  status: Exclude<ImportStatus, 'running'>;
  rowsAccepted: number;
  rowsRejected: number;
  errors: ImportRowError[];
}

/**
 * Imports one FOCUS CSV file, streamed (never whole in memory): each row is
 * checked, its `EffectiveCost` attributed to the entity whose cost tags it
 * carries (else unallocated), summed per day, entity, provider, service and
 * resource, and written in one transaction that replaces the earlier import
 * of the same file. A file with a bad row is rejected
 * whole, every bad line listed, unless `partial`; a file in two currencies,
 * a bad header, broken quoting or no rows is rejected. Nothing half-written
 * is ever visible.
 */
export async function importFocus(
  input: Readable,
  options: FocusImportOptions,
): Promise<FocusImportResult> {
  const { store, targets } = options;
  // The input's errors reach the parser through pipeline below; until it
  // is attached (after the transaction has begun), this keeps an early one
  // from being an uncaught exception. pipeline still sees it.
  input.on('error', () => {});
  const importId = await store.startImport(
    options.source,
    options.fileKey ?? 'sha256:pending',
    options.fingerprint,
  );
  const hash = options.fileKey ? undefined : createHash('sha256');
  const errors: ImportRowError[] = [];
  let rowsAccepted = 0;
  let rowsRejected = 0;
  let fileError = false;
  const reject = (line: number, message: string) => {
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ line, message });
  };

  let kept: boolean;
  try {
    kept = await store.writeImport(importId, async write => {
      const parser = parse({
        bom: true,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        max_record_size: MAX_RECORD_BYTES,
      });
      // pipeline, not pipe: an input that breaks off, or was already
      // closed, ends the parser with an error instead of leaving it waiting
      const hashing = new Transform({
        transform(chunk, _encoding, done) {
          hash?.update(chunk);
          done(null, chunk);
        },
      });
      pipeline(input, hashing, parser, () => {});
      let columns: FocusColumns | undefined;
      let currency: string | undefined;
      const sums = new Map<string, StoredCostLine>();
      const match = attributor(targets);
      // rows with the same Tags cell share one tags object: match it once
      const matched = new WeakMap<object, string | undefined>();
      const attributed = (tags: Record<string, string>) => {
        if (!matched.has(tags)) matched.set(tags, match(tags));
        return matched.get(tags);
      };
      // A record starts on the line after the previous one ended, past the
      // empty lines skipped in between.
      let previous = { lines: 0, emptyLines: 0 };
      const writing = () =>
        !fileError && (options.partial || rowsRejected === 0);
      try {
        for await (const { record, info } of parser as AsyncIterable<{
          record: string[];
          info: { lines: number; empty_lines: number };
        }>) {
          const line =
            previous.lines + 1 + (info.empty_lines - previous.emptyLines);
          previous = { lines: info.lines, emptyLines: info.empty_lines };
          if (!columns) {
            const header = checkFocusHeader(record);
            if (!header.ok) {
              reject(line, header.error);
              fileError = true;
              break;
            }
            columns = header.columns;
            continue;
          }
          const row = readFocusRow(columns, record);
          if (!row.ok) {
            rowsRejected++;
            reject(line, row.messages.join('; '));
            continue;
          }
          const cost = row.costLine;
          currency ??= cost.currency;
          if (cost.currency !== currency) {
            rowsRejected++;
            reject(
              line,
              `BillingCurrency ${cost.currency} differs from the file's ${currency}: one currency per file`,
            );
            continue;
          }
          rowsAccepted++;
          if (!writing()) continue;
          const stored: StoredCostLine = {
            day: cost.date,
            entityRef: attributed(cost.tags),
            provider: cost.provider,
            serviceCategory: cost.serviceCategory,
            serviceName: cost.serviceName,
            resourceId: cost.resourceId,
            resourceName: cost.resourceName,
            currency: cost.currency,
            amount: cost.amount,
            fixed: cost.fixed,
          };
          const key = JSON.stringify([
            stored.day,
            stored.entityRef,
            stored.provider,
            stored.serviceCategory,
            stored.serviceName,
            stored.resourceId,
            stored.resourceName,
            stored.fixed,
          ]);
          const held = sums.get(key);
          if (held) held.amount += stored.amount;
          else sums.set(key, stored);
          if (sums.size >= HELD_SUMS) {
            await write([...sums.values()]);
            sums.clear();
          }
        }
      } catch (error) {
        const { code, lines, message } = error as Error & {
          code?: string;
          lines?: number;
        };
        // csv-parse's own errors are the file's; others (a broken upload,
        // the database) fail the import
        if (!code?.startsWith('CSV_')) throw error;
        reject(lines ?? 1, `The file is not valid CSV: ${message}`);
        fileError = true;
      }
      if (!columns && !fileError) {
        reject(1, 'The file is empty: a FOCUS header and rows were expected');
        fileError = true;
      } else if (columns && rowsAccepted + rowsRejected === 0) {
        reject(2, 'The file has a header but no rows');
        fileError = true;
      }
      if (!writing() || rowsAccepted === 0) return { keep: false };
      await write([...sums.values()]);
      return {
        keep: true,
        ...(hash ? { fileKey: `sha256:${hash.digest('hex')}` } : {}),
      };
    });
  } catch (error) {
    // recorded as failed; a failure to record it must not hide why
    await store
      .finishImport(importId, {
        status: 'failed',
        rowsAccepted: 0,
        rowsRejected,
        error: (error as Error).message,
      })
      .catch(() => {});
    throw error;
  }
  const status = kept ? 'succeeded' : 'rejected';
  // A rejected file imports nothing: none of its rows is accepted.
  const accepted = kept ? rowsAccepted : 0;
  await store.finishImport(importId, {
    status,
    rowsAccepted: accepted,
    rowsRejected,
    ...(errors.length
      ? { error: `line ${errors[0].line}: ${errors[0].message}` }
      : {}),
  });
  return { importId, status, rowsAccepted: accepted, rowsRejected, errors };
}
