import {
  attribute,
  AttributionTarget,
  checkFocusHeader,
  FocusColumns,
  ImportRowError,
  readFocusRow,
} from '@internal/plugin-cost-common';
import { parse } from 'csv-parse';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { CostStore, ImportStatus, StoredCostLine } from '../database/CostStore';

/** Lines written to the store at a time. */
const BATCH = 500;
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

/** The line a record starts on, from csv-parse's line count at its end and its raw text. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Imports one FOCUS CSV file, streamed (never whole in memory): each row is
 * checked, its `EffectiveCost` attributed to the entity whose cost tags it
 * carries (else unallocated), and written in one transaction that replaces
 * the earlier import of the same file. A file with a bad row is rejected
 * whole, every bad line listed, unless `partial`; a file in two currencies,
 * a bad header, broken quoting or no rows is rejected. Nothing half-written
 * is ever visible.
 */
export async function importFocus(
  input: Readable,
  options: FocusImportOptions,
): Promise<FocusImportResult> {
  const { store, targets } = options;
  const importId = await store.startImport(
    options.source,
    options.fileKey ?? 'sha256:pending',
    options.fingerprint,
  );
  const hash = options.fileKey ? undefined : createHash('sha256');
  if (hash) input.on('data', chunk => hash.update(chunk));
  const errors: ImportRowError[] = [];
  let rowsAccepted = 0;
  let rowsRejected = 0;
  let fileError = false;
  const reject = (line: number, message: string) => {
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ line, message });
  };

  try {
    const kept = await store.writeImport(importId, async write => {
      const parser = input.pipe(
        parse({
          bom: true,
          info: true,
          raw: true,
          relax_column_count: true,
          skip_empty_lines: true,
        }),
      );
      input.on('error', error => parser.destroy(error));
      let columns: FocusColumns | undefined;
      let currency: string | undefined;
      let batch: StoredCostLine[] = [];
      const writing = () =>
        !fileError && (options.partial || rowsRejected === 0);
      try {
        for await (const { record, info, raw } of parser as AsyncIterable<{
          record: string[];
          info: { lines: number };
          raw: string;
        }>) {
          const line = startLine(info.lines, raw);
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
          batch.push({
            day: cost.date,
            entityRef: attribute(cost.tags, targets),
            provider: cost.provider,
            serviceCategory: cost.serviceCategory,
            serviceName: cost.serviceName,
            resourceId: cost.resourceId,
            resourceName: cost.resourceName,
            currency: cost.currency,
            amount: cost.amount,
          });
          if (batch.length >= BATCH) {
            await write(batch);
            batch = [];
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
      await write(batch);
      return {
        keep: true,
        ...(hash ? { fileKey: `sha256:${hash.digest('hex')}` } : {}),
      };
    });
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
    return {
      importId,
      status,
      rowsAccepted: accepted,
      rowsRejected,
      errors,
    };
  } catch (error) {
    await store.finishImport(importId, {
      status: 'failed',
      rowsAccepted: 0,
      rowsRejected,
      error: (error as Error).message,
    });
    throw error;
  }
}
