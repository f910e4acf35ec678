import { Incident, IncidentEffect } from '../prometheus/incidents';
import { shareAtMost } from '../prometheus/latency';
import { IssueTemplate, node, python } from './templates';

const MINUTE = 60;

/** The deadline the opportunity agent's callers give it. */
const DEADLINE_SECONDS = 0.5;

/** The issue an incident raises in Sentry, and the release that caused it. */
export interface IncidentIssue {
  template: IssueTemplate;
  /** The release was deployed this long before the incident started. */
  releasedBeforeStart: number;
}

/** The incidents of the Prometheus history that show in Sentry, by incident id. */
export const INCIDENT_ISSUES: Readonly<Record<string, IncidentIssue>> = {
  'api-gateway-error-burst': {
    template: node(
      'UpstreamConfigError',
      'route table missing upstream for /v1/agents/realization/invoke',
      'routing/routeTable',
      'resolveUpstream',
    ),
    releasedBeforeStart: 12 * MINUTE,
  },
  'opportunity-agent-latency-regression': {
    template: python(
      'DeadlineExceeded',
      `opportunity scoring took longer than ${DEADLINE_SECONDS * 1000} ms`,
      'scoring',
      'score_opportunities',
    ),
    releasedBeforeStart: 6 * MINUTE,
  },
};

/**
 * Sentry events per work-route request while the incident lasts: every 500
 * of an error burst (the mean of its ratio), every request of a latency
 * regression slower than the 500 ms deadline.
 */
export function eventsPerRequest(effect: IncidentEffect): number {
  switch (effect.kind) {
    case 'error-burst':
      return (effect.serverErrorRatio.min + effect.serverErrorRatio.max) / 2;
    case 'latency-regression':
      return 1 - shareAtMost(effect, DEADLINE_SECONDS);
    default:
      return 0;
  }
}

/** The incidents that raise an issue, with it. */
export function incidentsWithIssues(
  incidents: readonly Incident[],
): Array<{ incident: Incident; issue: IncidentIssue }> {
  return incidents.flatMap(incident => {
    const issue = INCIDENT_ISSUES[incident.id];
    return issue ? [{ incident, issue }] : [];
  });
}
