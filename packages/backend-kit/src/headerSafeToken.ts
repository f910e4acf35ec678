/**
 * Throws when `token` holds characters an HTTP header cannot carry (a line
 * break from a secret file, a space), saying so without quoting the secret.
 */
export function assertHeaderSafeToken(
  token: string | undefined,
  upstream: string,
): void {
  if (token !== undefined && !/^[\x21-\x7e]+$/.test(token)) {
    throw new Error(
      `The ${upstream} token holds characters a header cannot carry (a line break or space?)`,
    );
  }
}
