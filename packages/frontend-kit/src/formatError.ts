import { ResponseError } from '@backstage/errors';

/** What went wrong, in words: the backend's own message for a failed request. */
export function formatError(error: Error): string {
  return error instanceof ResponseError ? error.cause.message : error.message;
}
