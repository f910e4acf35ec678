import { resolvePackagePath } from '@backstage/backend-plugin-api';

/** The module library of this repository. */
export const MODULE_LIBRARY = resolvePackagePath(
  '@internal/plugin-scaffolder-backend-module-agent-service',
  '../../templates/terraform-modules',
);

/** A platform's config for the Terraform of either stack, for tests. */
export const TEST_PLATFORM_CONFIG = {
  app: { baseUrl: 'https://portal.example.com/' },
  agentService: {
    sentry: { organization: 'valuecanvas' },
    cloudflare: { zoneId: '023e105f4ecef8ad9ca31a8372d0c353' },
    grafana: { datasourceUid: 'prometheus' },
    kubernetes: { ingressOriginHostname: 'ingress.agents.example.com' },
    railway: {
      projectId: '6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b',
      region: 'us-east4-eqdc4a',
      environmentIds: {
        dev: '0a1b2c3d-0000-4000-8000-000000000001',
        staging: '0a1b2c3d-0000-4000-8000-000000000002',
        production: '0a1b2c3d-0000-4000-8000-000000000003',
      },
    },
    aws: { region: 'eu-west-1' },
    terraform: {
      moduleLibrary: MODULE_LIBRARY,
      state: { bucket: 'agent-platform-terraform-state', region: 'eu-west-1' },
    },
  },
};
