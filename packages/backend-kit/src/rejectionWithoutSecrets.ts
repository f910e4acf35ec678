/**
 * For tests: the rejection of `promise`, checked to reveal none of `secrets`
 * in its message, stack or cause, which is what users see and what the
 * backend logs. Throws when the promise resolves or a secret shows.
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
  const texts = [
    error.message,
    error.stack,
    String(error),
    cause?.message,
    cause?.stack,
  ];
  for (const text of texts) {
    for (const secret of secrets) {
      if (text?.includes(secret)) {
        throw new Error(`A secret shows in the rejection: ${text}`);
      }
    }
  }
  return error;
}
