import { fetchWithRetry } from '@internal/backend-kit';
import { AttributionTarget } from '@internal/plugin-cost-common';
import { Readable } from 'node:stream';
import { ReadableStream as WebReadableStream } from 'node:stream/web';
import { CostStore } from '../database/CostStore';
import { importFocus } from './importFocus';

/** How one read of a URL source ended. */
export type UrlImportOutcome =
  | { status: 'unchanged' }
  | {
      status: 'succeeded' | 'rejected';
      rowsAccepted: number;
      rowsRejected: number;
    };

/** A refusal no retry mends: a 4xx other than 429. */
class RefusedError extends Error {}

/**
 * Imports the FOCUS file at `url` as the source `source`, streamed from the
 * response into the import (never whole in memory). The file is keyed by
 * the URL without its query (a presigned URL's signature changes), so a
 * new version replaces the lines of the last. The answer's `ETag` (else
 * `Last-Modified`) is kept and sent back as `If-None-Match`
 * (`If-Modified-Since`): an unchanged file is not downloaded again. Each
 * attempt has `timeoutMs` for the download and the import together; 5xx,
 * 429, timeouts and broken connections are retried twice. Neither the
 * headers nor the query string appear in messages.
 */
export async function importUrl(options: {
  url: string;
  source: string;
  store: CostStore;
  targets: () => Promise<AttributionTarget[]>;
  /** e.g. `Authorization` */
  headers?: Record<string, string>;
  timeoutMs: number;
  /** Before the first retry, doubled for the second (default 1 s) */
  backoffMs?: number;
  fetch?: typeof fetch;
}): Promise<UrlImportOutcome> {
  const { source, store } = options;
  const parsed = new URL(options.url);
  const fileKey = `${parsed.origin}${parsed.pathname}`;
  const last = await store.lastFingerprint(source, fileKey);
  const conditional: Record<string, string> = {};
  if (last?.startsWith('etag ')) conditional['If-None-Match'] = last.slice(5);
  if (last?.startsWith('last-modified ')) {
    conditional['If-Modified-Since'] = last.slice(14);
  }
  return fetchWithRetry(
    options.url,
    {
      method: 'GET',
      headers: { Accept: 'text/csv', ...options.headers, ...conditional },
    },
    {
      timeoutMs: options.timeoutMs,
      attempts: 3,
      backoffMs: options.backoffMs ?? 1000,
      fetch: options.fetch ?? fetch,
      name: `FOCUS source ${source}`,
      describe: `FOCUS source ${source} at ${fileKey}`,
      isFinal: error => error instanceof RefusedError,
      read: async (res): Promise<UrlImportOutcome> => {
        if (res.status === 304) return { status: 'unchanged' };
        if (res.status >= 500) {
          res.body?.cancel().catch(() => {});
          // retried, unlike the 4xx below
          throw new Error(
            `FOCUS source ${source} answered ${res.status} ${res.statusText}`.trim(),
          );
        }
        if (!res.ok || !res.body) {
          res.body?.cancel().catch(() => {});
          throw new RefusedError(
            `FOCUS source ${source} at ${fileKey} answered ${res.status} ${res.statusText}`.trim(),
          );
        }
        const etag = res.headers.get('etag');
        const modified = res.headers.get('last-modified');
        const fingerprint =
          (etag && `etag ${etag}`) ||
          (modified && `last-modified ${modified}`) ||
          undefined;
        if (fingerprint && fingerprint === last) {
          res.body.cancel().catch(() => {});
          return { status: 'unchanged' };
        }
        const result = await importFocus(
          Readable.fromWeb(res.body as WebReadableStream<Uint8Array>),
          {
            store,
            source,
            fileKey,
            fingerprint,
            targets: await options.targets(),
          },
        );
        return {
          status: result.status === 'succeeded' ? 'succeeded' : 'rejected',
          rowsAccepted: result.rowsAccepted,
          rowsRejected: result.rowsRejected,
        };
      },
    },
  );
}
