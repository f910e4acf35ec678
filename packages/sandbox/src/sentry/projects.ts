import { DEMO_SERVICES } from '../services';

/** The Sentry organization of the demo services. */
export const SANDBOX_SENTRY_ORGANIZATION = 'valuecanvas';

/** A Sentry project, in the shape of `GET /api/0/projects/{org}/{project}/`. */
export interface SandboxSentryProject {
  /** Numeric, as a string, like Sentry's. */
  id: string;
  /** The demo service's name. */
  slug: string;
  name: string;
  /** Sentry's platform id of the project's SDK. */
  platform: string;
}

/** The SDK each demo service reports with (from the catalog's tags). */
const PLATFORMS: Readonly<Record<string, string>> = {
  'api-gateway': 'node-fastify',
  'inventory-backend': 'node',
  'inventory-frontend': 'javascript-nextjs',
};

/**
 * One project per demo service, in the order of `DEMO_SERVICES`: the five
 * agents and the orchestrator are FastAPI apps (`python-fastapi`).
 */
export function sandboxSentryProjects(): SandboxSentryProject[] {
  return DEMO_SERVICES.map(({ name }, index) => ({
    id: String(4508130000000001 + index),
    slug: name,
    name,
    platform: PLATFORMS[name] ?? 'python-fastapi',
  }));
}

/** The platform of the project's events (`python`, `node`, `javascript`). */
export function eventPlatform(project: SandboxSentryProject): string {
  return project.platform.split('-')[0];
}
