/**
 * The rejection of `promise`, checked to reveal none of `secrets` in its
 * message, stack or cause: what users see and what the backend logs.
 */
export async function rejectionWithoutSecrets(
  promise: Promise<unknown>,
  ...secrets: string[]
): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    e => e as Error,
  );
  const cause = (error as { cause?: Error }).cause;
  for (const text of [
    error.message,
    error.stack,
    String(error),
    cause?.message,
    cause?.stack,
  ]) {
    for (const secret of secrets) {
      expect(text ?? '').not.toContain(secret);
    }
  }
  return error;
}
