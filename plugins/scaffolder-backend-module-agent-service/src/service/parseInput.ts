import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';

/**
 * The action's input checked by its own zod schema: the scaffolder checks
 * the JSON schema made from it, which keeps neither defaults nor the
 * refinements (min ≤ max, no template expressions). Throws an InputError
 * naming every field that is wrong.
 */
export function parseInput<T extends z.ZodTypeAny>(
  schema: (z0: typeof z) => T,
  input: unknown,
): z.infer<T> {
  const parsed = schema(z).safeParse(input);
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues
        .map(issue => `${issue.path.join('.') || 'input'}: ${issue.message}`)
        .join('; '),
    );
  }
  return parsed.data;
}
