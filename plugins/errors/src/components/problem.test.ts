import { issues } from '../testing/fixtures';
import { answerProblem, staleNotice } from './problem';

describe('answerProblem', () => {
  it('has none for a fresh answer', () => {
    expect(answerProblem(issues)).toBeUndefined();
  });

  it('names the missing project and the annotation to fix', () => {
    expect(
      answerProblem({
        ...issues,
        error: {
          kind: 'unknown-project',
          message: 'Sentry answered 404 for acme/api-gateway',
        },
      }),
    ).toMatchObject({
      severity: 'warning',
      title: 'Sentry has no project acme/api-gateway',
      message: expect.stringContaining('sentry.io/project-slug'),
    });
  });

  it('passes on why the annotation cannot be read', () => {
    expect(
      answerProblem({
        ...issues,
        project: 'Acme Corp',
        error: {
          kind: 'invalid-annotation',
          message:
            'sentry.io/project-slug "Acme Corp" is not [organization/]project made of Sentry slugs',
        },
      }),
    ).toEqual({
      kind: 'invalid-annotation',
      severity: 'warning',
      title: 'The sentry.io/project-slug annotation cannot be read',
      message:
        'sentry.io/project-slug "Acme Corp" is not [organization/]project made of Sentry slugs',
    });
  });

  it('reports Sentry down only when there is no last good answer', () => {
    const down = {
      ...issues,
      issues: [],
      error: {
        kind: 'unavailable' as const,
        message: 'Sentry timed out after 10 s',
      },
    };
    expect(answerProblem(down)).toEqual({
      kind: 'unavailable',
      severity: 'error',
      title: 'No answer from Sentry',
      message: 'Sentry timed out after 10 s',
    });
    expect(answerProblem({ ...down, stale: true })).toBeUndefined();
  });
});

describe('staleNotice', () => {
  afterEach(() => jest.restoreAllMocks());

  it('says when the figures are from and why', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-22T12:00:00Z'));
    const stale = {
      ...issues,
      stale: true,
      fetchedAt: '2026-11-22T09:00:00Z',
      error: { kind: 'unavailable' as const, message: 'Sentry answered 503' },
    };

    expect(staleNotice(stale)).toBe(
      'Showing the last good answer from 3 hours ago: Sentry answered 503',
    );
    expect(
      staleNotice({ ...stale, fetchedAt: undefined, error: undefined }),
    ).toBe('Showing the last good answer');
    expect(staleNotice(issues)).toBeUndefined();
  });
});
