import { ErrorsIssuesResponse } from '@internal/plugin-errors-common';
import Typography from '@material-ui/core/Typography';
import { countOf, formatCount, formatScope } from '../format';

/**
 * The totals of the listed issues, `4 unresolved · 121 events · 48 users in
 * the last 24 hours`, and a note when Sentry had more than were listed.
 */
export function IssuesSummary(props: { answer: ErrorsIssuesResponse }) {
  const { answer } = props;
  const { totals } = answer;
  return (
    <>
      <Typography variant="subtitle1" component="p">
        {formatCount(totals.unresolved)} unresolved ·{' '}
        {countOf(totals.events, 'event')} ·{' '}
        <span title="Summed over the issues: a user hit by two issues counts twice">
          {countOf(totals.users, 'user')}
        </span>{' '}
        {formatScope(answer)}
      </Typography>
      {answer.truncated && (
        <Typography variant="body2" color="textSecondary">
          Sentry has more issues than the {formatCount(answer.issues.length)}{' '}
          listed here; the totals and the trend count the listed ones only.
        </Typography>
      )}
    </>
  );
}
