import {
  ErrorsAnswer,
  SENTRY_PROJECT_ANNOTATION,
} from '@internal/plugin-errors-common';
import { formatRelativeTime } from '@internal/frontend-kit';

/** Why an answer has nothing to show, in words for the reader. */
export interface AnswerProblem {
  kind: 'unknown-project' | 'unavailable' | 'invalid-annotation';
  severity: 'warning' | 'error';
  title: string;
  message: string;
}

/**
 * The problem that leaves an answer without figures to show: the project
 * does not exist or cannot be named (whatever else the answer holds), or
 * Sentry failed and there is no last good answer. Undefined when the figures
 * can be shown, stale or not.
 */
export function answerProblem(answer: ErrorsAnswer): AnswerProblem | undefined {
  const { error, project } = answer;
  if (!error) return undefined;
  switch (error.kind) {
    case 'unknown-project':
      return {
        kind: error.kind,
        severity: 'warning',
        title: `Sentry has no project ${project}`,
        message: `Check the ${SENTRY_PROJECT_ANNOTATION} annotation of this entity: it should name an existing Sentry project as organization/project.`,
      };
    case 'invalid-annotation':
      return {
        kind: error.kind,
        severity: 'warning',
        title: `The ${SENTRY_PROJECT_ANNOTATION} annotation cannot be read`,
        message: error.message,
      };
    default:
      return answer.stale
        ? undefined
        : {
            kind: error.kind,
            severity: 'error',
            title: 'No answer from Sentry',
            message: error.message,
          };
  }
}

/**
 * Says the figures are the last good answer, from when, and why;
 * undefined when they are fresh.
 */
export function staleNotice(answer: ErrorsAnswer): string | undefined {
  if (!answer.stale) return undefined;
  const when = answer.fetchedAt
    ? ` from ${formatRelativeTime(answer.fetchedAt)}`
    : '';
  const why = answer.error ? `: ${answer.error.message}` : '';
  return `Showing the last good answer${when}${why}`;
}
