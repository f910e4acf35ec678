import { DEFAULT_HISTORY } from '../prometheus/history';
import { Incident } from '../prometheus/incidents';
import { hashString, mulberry32 } from '../random';
import { DEMO_SERVICES } from '../services';
import { incidentsWithIssues } from './incidentIssues';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Chance that a service ships a release on a weekday. */
const RELEASE_CHANCE = 0.35;

/** A deploy of one service, as Sentry knows it from the pipeline. */
export interface SandboxRelease {
  /** The project (service) slug. */
  project: string;
  /** `<service>@<yyyy.mm.dd>` of the day it was deployed. */
  version: string;
  /** Unix seconds: when the pipeline created it… */
  created: number;
  /** …and when it reached the environments. */
  released: number;
}

const dayOf = (t: number) => Math.floor(t / DAY) * DAY;

/** The release of `project` deployed at `released`, created `leadMinutes` before. */
function deploy(project: string, released: number, leadMinutes: number) {
  const version = new Date(released * 1000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '.');
  return {
    project,
    version: `${project}@${version}`,
    created: released - leadMinutes * MINUTE,
    released,
  };
}

/**
 * The releases of the demo services over the history (`end` minus 35 days
 * up to `end`), oldest first: on a weekday, a 35 % chance of one release
 * between 09:00 and 17:00 UTC (from the seed, the same for the same day);
 * and the releases that caused the incidents with a Sentry issue, deployed
 * just before them (no other release that day).
 */
export function sandboxSentryReleases(options: {
  seed: number;
  historyEnd: number;
  incidents: readonly Incident[];
}): SandboxRelease[] {
  const { seed, historyEnd, incidents } = options;
  const causes = incidentsWithIssues(incidents).map(({ incident, issue }) =>
    deploy(incident.service, incident.start - issue.releasedBeforeStart, 20),
  );
  const releases: SandboxRelease[] = [...causes];
  for (const { name } of DEMO_SERVICES) {
    const taken = new Set(
      causes.filter(r => r.project === name).map(r => dayOf(r.released)),
    );
    const first = historyEnd - DEFAULT_HISTORY.durationSeconds;
    for (let day = dayOf(first); day < historyEnd; day += DAY) {
      const weekday = new Date(day * 1000).getUTCDay();
      const random = mulberry32(hashString(`${seed}/release/${name}/${day}`));
      if (
        weekday === 0 ||
        weekday === 6 ||
        taken.has(day) ||
        random() >= RELEASE_CHANCE
      ) {
        continue;
      }
      const released = day + 9 * HOUR + Math.floor(random() * 8 * 60) * MINUTE;
      releases.push(deploy(name, released, 10 + Math.floor(random() * 30)));
    }
  }
  return releases.sort((a, b) => a.released - b.released);
}

/** When the release ran: from its deploy to the project's next deploy. */
export function releaseWindow(
  releases: readonly SandboxRelease[],
  release: SandboxRelease,
): { from: number; to: number } {
  const next = releases.find(
    r => r.project === release.project && r.released > release.released,
  );
  return { from: release.released, to: next?.released ?? Infinity };
}
