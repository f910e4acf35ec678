import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { ErrorsApi, errorsApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  annotatedEntity,
  checkoutIssue,
  fakeErrorsApi,
  issues,
  plainEntity,
  responseError,
} from '../../testing/fixtures';
import { EntityErrorsOverviewCard } from './EntityErrorsOverviewCard';

describe('EntityErrorsOverviewCard', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (api: ErrorsApi, entity: Entity = annotatedEntity) =>
    renderInTestApp(
      <TestApiProvider apis={[[errorsApiRef, api]]}>
        <EntityProvider entity={entity}>
          <EntityErrorsOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

  it('sums up the last day and lists the three issues with most events', async () => {
    const api = fakeErrorsApi();
    await render(api);

    expect(
      await screen.findByText('4 unresolved, 121 events in 24 h'),
    ).toBeInTheDocument();
    expect(api.getIssues).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      environment: undefined,
      release: undefined,
      period: '24h',
      sort: 'freq',
    });

    const top = screen.getByRole('list', { name: 'Top issues' });
    expect(
      within(top)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      expect.stringMatching(/^TypeError: .*100 events$/),
      expect.stringMatching(/^TimeoutError: .*15 events$/),
      expect.stringMatching(/^RangeError: .*4 events$/),
    ]);
    expect(
      within(top).getByRole('link', { name: new RegExp(`^TypeError`) }),
    ).toHaveAttribute('href', checkoutIssue.permalink);
    expect(screen.queryByText(/Deprecated API/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /View all errors/ }),
    ).toHaveAttribute('href', '/errors');
    expect(screen.queryByText('Stale')).not.toBeInTheDocument();
  });

  it('marks stale figures, saying from when', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          stale: true,
          fetchedAt: '2026-11-22T09:00:00Z',
          error: { kind: 'unavailable', message: 'Sentry answered 503' },
        }),
      }),
    );

    expect(await screen.findByText('Stale')).toBeInTheDocument();
    expect(screen.getByText('Stale').closest('[title]')).toHaveAttribute(
      'title',
      'Showing the last good answer from 3 hours ago: Sentry answered 503',
    );
    expect(
      screen.getByText('4 unresolved, 121 events in 24 h', { exact: false }),
    ).toBeInTheDocument();
  });

  it('says "at least" when Sentry had more issues than were listed', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({ ...issues, truncated: true }),
      }),
    );

    expect(
      await screen.findByText('4+ unresolved, 121+ events in 24 h'),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing unresolved', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          issues: [],
          totals: { events: 0, users: 0, unresolved: 0 },
        }),
      }),
    );

    expect(
      await screen.findByText('0 unresolved, 0 events in 24 h'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No unresolved issues in the last 24 hours.'),
    ).toBeInTheDocument();
  });

  it('names the project Sentry does not have', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          issues: [],
          error: { kind: 'unknown-project', message: 'Not found' },
        }),
      }),
    );

    expect(
      await screen.findByText('Sentry has no project acme/api-gateway'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Check the sentry\.io\/project-slug annotation/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/unresolved,/)).not.toBeInTheDocument();
  });

  it('says Sentry is down when there is no last good answer', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          issues: [],
          error: { kind: 'unavailable', message: 'Sentry answered 502' },
        }),
      }),
    );

    expect(
      await screen.findByText('No answer from Sentry'),
    ).toBeInTheDocument();
    expect(screen.getByText('Sentry answered 502')).toBeInTheDocument();
  });

  it('names the annotation to add, with no link to a tab that is not there', async () => {
    const api = fakeErrorsApi();
    await render(api, plainEntity);

    expect(
      screen.getByText('sentry.io/project-slug', { selector: 'code' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /View all errors/ }),
    ).not.toBeInTheDocument();
    expect(api.getIssues).not.toHaveBeenCalled();
  });

  it('shows a failure in small and loads again on retry', async () => {
    const getIssues = jest
      .fn<
        ReturnType<ErrorsApi['getIssues']>,
        Parameters<ErrorsApi['getIssues']>
      >()
      .mockRejectedValueOnce(await responseError(500, 'Error', 'Boom'))
      .mockResolvedValueOnce(issues);
    await render(fakeErrorsApi({ getIssues }));

    expect(
      await screen.findByText('Could not load the errors: Boom'),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByText('4 unresolved, 121 events in 24 h'),
    ).toBeInTheDocument();
    expect(getIssues).toHaveBeenCalledTimes(2);
  });
});
