import { InfoCard, Link, Progress } from '@backstage/core-components';
import {
  ErrorsIssuesResponse,
  SENTRY_PROJECT_ANNOTATION,
} from '@internal/plugin-errors-common';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { countOf, formatCount } from '../format';
import { answerProblem, staleNotice } from '../problem';
import { useEntityIssues } from '../useEntityIssues';
import { ErrorsFilters } from '../useErrorsFilters';
import { formatError } from '@internal/frontend-kit';

/** Relative to the entity page, where the Errors tab is mounted by default. */
const ERRORS_TAB_PATH = 'errors';

/** The last day over all environments, most events first. */
const LAST_DAY: ErrorsFilters = { period: '24h', sort: 'freq' };

const TOP = 3;

/** `4 unresolved, 121 events in 24 h`; `4+ …, 121+ …` when the list was cut. */
function summary(answer: ErrorsIssuesResponse): string {
  const { unresolved, events } = answer.totals;
  const more = answer.truncated ? '+' : '';
  return `${formatCount(unresolved)}${more} unresolved, ${formatCount(
    events,
  )}${more} event${events === 1 ? '' : 's'} in 24 h`;
}

function Summary(props: { answer: ErrorsIssuesResponse }) {
  const { answer } = props;
  const stale = staleNotice(answer);
  const top = answer.issues.slice(0, TOP);
  return (
    <>
      <Typography variant="body1" paragraph>
        {summary(answer)}
        {stale && (
          <>
            {' '}
            <Chip size="small" label="Stale" title={stale} />
          </>
        )}
      </Typography>
      {top.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No unresolved issues in the last 24 hours.
        </Typography>
      ) : (
        <List dense disablePadding aria-label="Top issues">
          {top.map(issue => (
            <ListItem key={issue.id} disableGutters>
              <ListItemText
                primary={
                  <Link
                    to={issue.permalink}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {issue.title}
                  </Link>
                }
                secondary={countOf(issue.count, 'event')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}

function Body(props: { state: ReturnType<typeof useEntityIssues> }) {
  const { annotated, value, loading, error, retry } = props.state;

  if (!annotated) {
    return (
      <Typography variant="body2" color="textSecondary">
        No Sentry project configured. Add the{' '}
        <code>{SENTRY_PROJECT_ANNOTATION}</code> annotation to this entity.
      </Typography>
    );
  }
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <>
        <Typography variant="body2" color="error" paragraph>
          Could not load the errors: {formatError(error)}
        </Typography>
        <Button size="small" variant="outlined" onClick={retry}>
          Retry
        </Button>
      </>
    );
  }
  if (!value) {
    return null;
  }
  const problem = answerProblem(value);
  if (problem) {
    return (
      <>
        <Typography
          variant="body2"
          color={problem.severity === 'error' ? 'error' : 'textPrimary'}
          paragraph
        >
          {problem.title}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {problem.message}
        </Typography>
      </>
    );
  }
  return <Summary answer={value} />;
}

/** The entity's Sentry errors of the last day at a glance, for the Overview tab. */
export function EntityErrorsOverviewCard() {
  const state = useEntityIssues(LAST_DAY);
  return (
    <InfoCard
      title="Errors"
      variant="gridItem"
      deepLink={
        state.annotated
          ? { title: 'View all errors', link: ERRORS_TAB_PATH }
          : undefined
      }
    >
      <Body state={state} />
    </InfoCard>
  );
}
