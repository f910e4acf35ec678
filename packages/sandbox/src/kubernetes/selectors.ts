import { KubernetesApiError } from './status';

/** One `key=value` requirement of a label or field selector. */
export interface Requirement {
  key: string;
  value: string;
}

/**
 * The requirements of a `labelSelector` or `fieldSelector` made of
 * comma-separated equalities (`key=value` or `key==value`), all of which must
 * hold; none for an empty or missing selector. Anything else is a 400, as
 * the API server answers what it cannot parse.
 */
export function parseSelector(selector: string | null): Requirement[] {
  if (!selector) return [];
  return selector.split(',').map(part => {
    const match = /^\s*([^\s=!]+)\s*==?\s*([^\s=!]*)\s*$/.exec(part);
    if (!match) {
      throw new KubernetesApiError(
        400,
        'BadRequest',
        `unable to parse requirement: ${JSON.stringify(
          part,
        )}: only key=value is supported`,
      );
    }
    return { key: match[1], value: match[2] };
  });
}

/** Whether `valueOf(key)` equals the value of every requirement. */
export function matches(
  requirements: readonly Requirement[],
  valueOf: (key: string) => string | undefined,
): boolean {
  return requirements.every(({ key, value }) => valueOf(key) === value);
}
