/** Sentry's default and largest page of issues. */
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

const CURSOR = /^(\d+):(\d+):([01])$/;

/**
 * The offset of a Sentry cursor `<value>:<offset>:<is_prev>` (0 without
 * one), or undefined when it is not a cursor. Like Sentry's offset
 * paginator, the offset counts from the first item either way.
 */
export function cursorOffset(cursor: string | null): number | undefined {
  if (cursor === null || cursor === '') return 0;
  const match = CURSOR.exec(cursor);
  return match ? Number(match[2]) : undefined;
}

/**
 * One page of `items` and the `Link` header Sentry sends with it: a
 * previous and a next cursor, each saying whether it leads to results, on
 * `url` with its `cursor` parameter replaced.
 */
export function paginate<T>(
  items: readonly T[],
  url: URL,
  offset: number,
  limit: number,
): { page: T[]; link: string } {
  const link = (rel: string, cursor: string, results: boolean) => {
    const target = new URL(url);
    target.searchParams.set('cursor', cursor);
    return `<${target}>; rel="${rel}"; results="${results}"; cursor="${cursor}"`;
  };
  return {
    page: items.slice(offset, offset + limit),
    link: [
      link('previous', `0:${Math.max(0, offset - limit)}:1`, offset > 0),
      link('next', `0:${offset + limit}:0`, offset + limit < items.length),
    ].join(', '),
  };
}
