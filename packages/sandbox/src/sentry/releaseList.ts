import { firstEvent } from './events';
import { SandboxSentryProject } from './projects';
import { releaseWindow } from './releases';
import { SentryScenario } from './scenario';

/** A release as Sentry lists it. */
export interface SentryReleaseJson {
  version: string;
  shortVersion: string;
  dateCreated: string;
  dateReleased: string;
  /** Issues first seen while it ran. */
  newGroups: number;
  projects: Array<{ id: string; slug: string; name: string }>;
}

/**
 * The projects' releases deployed by `now` (unix seconds), newest first.
 * An issue is new in the release that ran when its first event came, in
 * any environment.
 */
export function listReleases(
  scenario: SentryScenario,
  projects: readonly SandboxSentryProject[],
  now: number,
): SentryReleaseJson[] {
  const firstSeen = new Map(
    scenario.issues.map(issue => [
      issue,
      Math.min(
        ...Object.values(issue.events).map(
          source => firstEvent(source, now) ?? Infinity,
        ),
      ),
    ]),
  );
  return projects
    .flatMap(project =>
      scenario.releases
        .filter(r => r.project === project.slug && r.released <= now)
        .map(release => {
          const { from, to } = releaseWindow(scenario.releases, release);
          return {
            version: release.version,
            shortVersion: release.version.slice(
              release.version.indexOf('@') + 1,
            ),
            dateCreated: new Date(release.created * 1000).toISOString(),
            dateReleased: new Date(release.released * 1000).toISOString(),
            newGroups: scenario.issues.filter(issue => {
              const first = firstSeen.get(issue)!;
              return issue.project === project && first >= from && first < to;
            }).length,
            projects: [
              { id: project.id, slug: project.slug, name: project.name },
            ],
          };
        }),
    )
    .sort((a, b) => b.dateCreated.localeCompare(a.dateCreated));
}
