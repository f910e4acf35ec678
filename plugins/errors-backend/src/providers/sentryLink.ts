/**
 * The cursor of the next page in a Sentry `Link` header, or undefined when
 * there is none: Sentry always sends a `rel="next"` link and says with
 * `results="false"` that it leads to nothing. Only the cursor is taken, never
 * the URL, so the next request goes to the configured Sentry alone.
 */
export function nextCursor(link: string | null): string | undefined {
  for (const [, attributes] of (link ?? '').matchAll(/<[^>]*>([^<]*)/g)) {
    const attribute = Object.fromEntries(
      Array.from(attributes.matchAll(/(\w+)\s*=\s*"([^"]*)"/g), ([, k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    if (attribute.rel === 'next') {
      return attribute.results === 'true' && attribute.cursor
        ? attribute.cursor
        : undefined;
    }
  }
  return undefined;
}
