/**
 * `{"service":"<name>","env":"production"}`: a row for a demo service, whose
 * catalog entity carries `agent-platform.io/cost-tags: service=<name>`.
 */
export function serviceTags(service: string): Record<string, string> {
  return { service, env: 'production' };
}

/**
 * `{"resource":"<name>","env":"production"}`: a row for a catalog Resource,
 * which carries `agent-platform.io/cost-tags: resource=<name>`.
 */
export function resourceTags(resource: string): Record<string, string> {
  return { resource, env: 'production' };
}
