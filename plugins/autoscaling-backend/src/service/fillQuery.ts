/** The placeholders a configured PromQL may hold. */
export interface QueryVariables {
  /** The entity's name. */
  service: string;
  /** The HPA's (or the policy workload's) name. */
  workload?: string;
  namespace?: string;
}

/**
 * `query` with `{{service}}`, `{{workload}}` and `{{namespace}}` replaced,
 * each value escaped for a PromQL string. A placeholder without a value
 * is an error: the query would silently select nothing.
 */
export function fillQuery(query: string, variables: QueryVariables): string {
  return query.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = (variables as unknown as Record<string, string | undefined>)[
      name
    ];
    if (value === undefined) {
      throw new Error(`${placeholder} has no value in "${query}"`);
    }
    return value.replace(/[\\"]/g, c => `\\${c}`);
  });
}
