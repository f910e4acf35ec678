import { Config } from '@backstage/config';

/** The Sentry organization of new projects. */
export function sentryOrganization(config: Config): string {
  const organization =
    config.getOptionalString('agentService.sentry.organization') ??
    config.getOptionalString('errors.sentry.organization');
  if (!organization) {
    throw new Error(
      'agentService.sentry.organization (or errors.sentry.organization) must be configured',
    );
  }
  return organization;
}

/** The Kubernetes namespace of the platform's services. */
export function kubernetesNamespace(config: Config): string {
  return (
    config.getOptionalString('agentService.kubernetes.namespace') ?? 'agents'
  );
}
