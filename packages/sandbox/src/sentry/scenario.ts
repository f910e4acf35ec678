import { incidentsFor } from '../prometheus/incidents';
import { SandboxSentryProject, sandboxSentryProjects } from './projects';
import { RequestModel } from './requests';
import { SandboxIssue, sandboxSentryIssues } from './issues';
import { SandboxRelease, sandboxSentryReleases } from './releases';

/** Everything the Sentry stand-in serves. */
export interface SentryScenario {
  projects: SandboxSentryProject[];
  /** Oldest first. */
  releases: SandboxRelease[];
  issues: SandboxIssue[];
}

/**
 * The Sentry side of the demo story for a Prometheus history that ends at
 * `historyEnd` (unix seconds): its incidents in the same places, its traffic
 * behind every event count, the same seed.
 */
export function sentryScenario(options: {
  seed: number;
  historyEnd: number;
}): SentryScenario {
  const { seed, historyEnd } = options;
  const incidents = incidentsFor(historyEnd);
  const projects = sandboxSentryProjects();
  const releases = sandboxSentryReleases({ seed, historyEnd, incidents });
  const issues = sandboxSentryIssues({
    seed,
    historyEnd,
    incidents,
    requests: new RequestModel(incidents),
    releases,
    projects,
  });
  return { projects, releases, issues };
}
