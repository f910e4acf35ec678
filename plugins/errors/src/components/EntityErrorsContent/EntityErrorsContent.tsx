import {
  CodeSnippet,
  EmptyState,
  InfoCard,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { MissingAnnotationEmptyState } from '@backstage/plugin-catalog-react';
import {
  ErrorsIssuesResponse,
  ErrorsRelease,
  SENTRY_PROJECT_ANNOTATION,
} from '@internal/plugin-errors-common';
import Grid from '@material-ui/core/Grid';
import { ErrorsFilterBar } from '../ErrorsFilterBar';
import { ErrorsTrendChart } from '../ErrorsTrendChart';
import { IssuesSummary } from '../IssuesSummary';
import { IssuesTable } from '../IssuesTable';
import { formatScope } from '../format';
import { AnswerProblem, answerProblem, staleNotice } from '../problem';
import { useEntityIssues } from '../useEntityIssues';
import { useErrorsFilters } from '../useErrorsFilters';
import { useErrorsOptions } from '../useErrorsOptions';
import { LoadFailure } from '@internal/frontend-kit';

const EXAMPLE = `metadata:
  annotations:
    ${SENTRY_PROJECT_ANNOTATION}: my-organization/my-project`;

function ProblemPanel(props: { problem: AnswerProblem }) {
  const { problem } = props;
  return (
    <WarningPanel
      severity={problem.severity}
      title={problem.title}
      message={problem.message}
      defaultExpanded
    >
      {problem.kind !== 'unavailable' && (
        <CodeSnippet text={EXAMPLE} language="yaml" />
      )}
    </WarningPanel>
  );
}

function NoIssues(props: { answer: ErrorsIssuesResponse }) {
  const { answer } = props;
  const filtered = Boolean(answer.environment || answer.release);
  return (
    <EmptyState
      missing="data"
      title={`No unresolved issues ${formatScope(answer)}`}
      description={
        filtered
          ? `Sentry has nothing unresolved for ${answer.project} with these filters. Other environments or releases may have issues.`
          : `Sentry has nothing unresolved for ${answer.project}.`
      }
    />
  );
}

function Issues(props: {
  answer: ErrorsIssuesResponse;
  releases: ErrorsRelease[];
}) {
  const { answer, releases } = props;
  const stale = staleNotice(answer);
  return (
    <Grid container spacing={3}>
      {stale && (
        <Grid item xs={12}>
          <WarningPanel severity="warning" title={stale} />
        </Grid>
      )}
      {answer.issues.length === 0 ? (
        <Grid item xs={12}>
          <NoIssues answer={answer} />
        </Grid>
      ) : (
        <>
          <Grid item xs={12}>
            <IssuesSummary answer={answer} />
          </Grid>
          <Grid item xs={12}>
            <InfoCard
              title={`Events per ${answer.period === '24h' ? 'hour' : 'day'}`}
              subheader="All listed issues, in local time"
            >
              <ErrorsTrendChart
                issues={answer.issues}
                period={answer.period}
                releases={releases}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <IssuesTable issues={answer.issues} />
          </Grid>
        </>
      )}
    </Grid>
  );
}

/**
 * The Errors tab of an entity: its Sentry project's issues, filtered by
 * environment, release and period, with their trend and release markers.
 */
export function EntityErrorsContent() {
  const [filters, changeFilters] = useErrorsFilters();
  const { entityRef, annotated, value, loading, error, retry } =
    useEntityIssues(filters);
  const { environments, releases } = useErrorsOptions(entityRef, annotated);

  if (!annotated) {
    return (
      <MissingAnnotationEmptyState annotation={SENTRY_PROJECT_ANNOTATION} />
    );
  }

  const problem = value && answerProblem(value);
  // no filter helps while the project itself is wrong
  const projectWrong = problem && problem.kind !== 'unavailable';

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <LoadFailure what="the issues" error={error} retry={retry} />;
  } else if (problem) {
    body = <ProblemPanel problem={problem} />;
  } else if (value) {
    body = <Issues answer={value} releases={releases.value?.releases ?? []} />;
  }

  return (
    <Grid container spacing={3}>
      {!projectWrong && (
        <Grid item xs={12}>
          <ErrorsFilterBar
            filters={filters}
            onChange={changeFilters}
            environments={environments.value?.environments ?? []}
            releases={(releases.value?.releases ?? []).map(r => r.version)}
            environmentsFailed={Boolean(
              environments.error || environments.value?.error,
            )}
            releasesFailed={Boolean(releases.error || releases.value?.error)}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        {body}
      </Grid>
    </Grid>
  );
}
