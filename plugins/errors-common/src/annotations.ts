/** The entity's Sentry project, `[org/]project` (community plugin syntax). */
export const SENTRY_PROJECT_ANNOTATION = 'sentry.io/project-slug';

/** A Sentry organization and project slug. */
export interface SentryProjectRef {
  organization: string;
  project: string;
}

/** Sentry slugs: lower-case letters, digits, `-` and `_`, not all digits. */
const SLUG = /^(?!\d+$)[a-z0-9][a-z0-9_-]{0,49}$/;

/** True when the entity carries the annotation the errors plugin reads. */
export function hasErrorsAnnotation(entity: {
  metadata: { annotations?: Record<string, string> };
}): boolean {
  return Boolean(entity.metadata.annotations?.[SENTRY_PROJECT_ANNOTATION]);
}

/**
 * Reads `[org/]project`; a bare project belongs to `defaultOrganization`.
 * Throws an Error naming the annotation when the value is not made of
 * Sentry slugs, so nothing else ever reaches a Sentry URL.
 */
export function parseSentryProject(
  value: string,
  defaultOrganization: string | undefined,
): SentryProjectRef {
  const parts = value.trim().split('/');
  const [organization, project] =
    parts.length === 1 ? [defaultOrganization, parts[0]] : parts;
  if (parts.length > 2 || !project || !SLUG.test(project)) {
    throw new Error(
      `${SENTRY_PROJECT_ANNOTATION} "${value}" is not [organization/]project made of Sentry slugs`,
    );
  }
  if (!organization) {
    throw new Error(
      `${SENTRY_PROJECT_ANNOTATION} "${value}" names no organization and errors.sentry.organization is not set`,
    );
  }
  if (!SLUG.test(organization)) {
    throw new Error(
      `${SENTRY_PROJECT_ANNOTATION} "${value}": "${organization}" is not a Sentry organization slug`,
    );
  }
  return { organization, project };
}
