import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorsApi, GetIssuesOptions, errorsApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  annotatedEntity,
  fakeErrorsApi,
  issues,
  plainEntity,
  responseError,
  stagingIssues,
} from '../../testing/fixtures';
import { EntityErrorsContent } from './EntityErrorsContent';

describe('EntityErrorsContent', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (
    api: ErrorsApi,
    options: { entity?: Entity; url?: string } = {},
  ) =>
    renderInTestApp(
      <TestApiProvider apis={[[errorsApiRef, api]]}>
        <EntityProvider entity={options.entity ?? annotatedEntity}>
          <EntityErrorsContent />
        </EntityProvider>
      </TestApiProvider>,
      { routeEntries: [options.url ?? '/'] },
    );

  const none = {
    ...issues,
    issues: [],
    totals: { events: 0, users: 0, unresolved: 0 },
  };

  /** Matches a paragraph by its whole text, however it is broken up. */
  const paragraph = (text: string) => (_: string, element: Element | null) =>
    element?.tagName === 'P' && element.textContent === text;

  const issueTitles = () =>
    within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map(row => within(row).getAllByRole('cell')[1].textContent);

  it('shows the totals, the trend and the issues of the last 24 hours', async () => {
    const api = fakeErrorsApi();
    await render(api);

    expect(
      await screen.findByText(
        paragraph('4 unresolved · 121 events · 48 users in the last 24 hours'),
      ),
    ).toBeInTheDocument();
    expect(api.getIssues).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      environment: undefined,
      release: undefined,
      period: '24h',
      sort: 'freq',
    });
    expect(
      screen.getByRole('figure', {
        name: 'Events per hour in the last 24 hours',
      }),
    ).toBeInTheDocument();
    expect(issueTitles()).toHaveLength(4);
    expect(
      screen.getByText(
        'TimeoutError: payments upstream timed out after 10000 ms',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('payments/client.ts in charge'),
    ).toBeInTheDocument();
  });

  it('offers the project’s environments and releases, and asks again with the one chosen', async () => {
    const getIssues = jest.fn(async (options: { environment?: string }) =>
      options.environment === 'staging' ? stagingIssues : issues,
    );
    await render(fakeErrorsApi({ getIssues }));
    await screen.findByRole('table');

    const environment = screen.getByRole('combobox', { name: 'Environment' });
    expect(
      within(environment)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['All environments', 'production', 'staging']);
    expect(
      within(screen.getByRole('combobox', { name: 'Release' }))
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['All releases', '2.4.1', '3f2a9c1', '2.3.0']);

    await userEvent.selectOptions(environment, 'staging');

    expect(
      await screen.findByText('ValidationError: email is required'),
    ).toBeInTheDocument();
    expect(getIssues).toHaveBeenLastCalledWith({
      entityRef: ENTITY_REF,
      environment: 'staging',
      release: undefined,
      period: '24h',
      sort: 'freq',
    });
    expect(issueTitles()).toEqual([expect.stringContaining('ValidationError')]);
    expect(
      screen.getByText(
        paragraph(
          '1 unresolved · 6 events · 2 users in staging in the last 24 hours',
        ),
      ),
    ).toBeInTheDocument();
  });

  it('asks for the release, the period and the order chosen', async () => {
    // nothing to list, so that no table slows the test down
    const api = fakeErrorsApi({
      getIssues: jest.fn(async (options: GetIssuesOptions) => ({
        ...none,
        ...options,
      })),
    });
    await render(api);
    await screen.findByText(/^No unresolved issues/);

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Release' }),
      '2.4.1',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Period' }),
      'Last 14 days',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Order' }),
      'Newest',
    );

    expect(
      await screen.findByText(
        'No unresolved issues for release 2.4.1 in the last 14 days',
      ),
    ).toBeInTheDocument();
    expect(api.getIssues).toHaveBeenLastCalledWith({
      entityRef: ENTITY_REF,
      environment: undefined,
      release: 'api-gateway@2.4.1',
      period: '14d',
      sort: 'new',
    });
  });

  it('starts from the filters in the URL', async () => {
    const api = fakeErrorsApi();
    await render(api, {
      url: '/?environment=staging&period=14d&sort=bogus',
    });
    await screen.findByRole('table');

    expect(api.getIssues).toHaveBeenCalledTimes(1);
    expect(api.getIssues).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      environment: 'staging',
      release: undefined,
      period: '14d',
      sort: 'freq',
    });
    expect(screen.getByRole('combobox', { name: 'Environment' })).toHaveValue(
      'staging',
    );
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue('14d');
  });

  it('names the Sentry project that does not exist and the annotation, instead of an empty table', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          issues: [],
          totals: { events: 0, users: 0, unresolved: 0 },
          error: {
            kind: 'unknown-project',
            message: 'Sentry answered 404 Not Found',
          },
        }),
      }),
    );

    const panel = await screen.findByRole('alert');
    expect(
      within(panel).getByText(
        'Warning: Sentry has no project acme/api-gateway',
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(/Check the sentry\.io\/project-slug annotation/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/No unresolved issues/)).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('passes on why the annotation cannot be read', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          project: 'Acme Corp',
          issues: [],
          error: {
            kind: 'invalid-annotation',
            message:
              'sentry.io/project-slug "Acme Corp" is not [organization/]project made of Sentry slugs',
          },
        }),
      }),
    );

    expect(
      await screen.findByText(
        'Warning: The sentry.io/project-slug annotation cannot be read',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/"Acme Corp" is not \[organization\/\]project/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says Sentry is down when there is no last good answer', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          issues: [],
          fetchedAt: undefined,
          error: {
            kind: 'unavailable',
            message: 'Sentry answered 502 Bad Gateway',
          },
        }),
      }),
    );

    expect(
      await screen.findByText('Error: No answer from Sentry'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Sentry answered 502 Bad Gateway'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No unresolved issues/)).not.toBeInTheDocument();
    // a filter may still help: another environment may be cached
    expect(
      screen.getByRole('combobox', { name: 'Environment' }),
    ).toBeInTheDocument();
  });

  it('shows the last good answer under a banner saying how old it is', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({
          ...issues,
          stale: true,
          fetchedAt: '2026-11-22T09:00:00Z',
          error: {
            kind: 'unavailable',
            message: 'Sentry timed out after 10 s',
          },
        }),
      }),
    );

    expect(
      await screen.findByText(
        'Warning: Showing the last good answer from 3 hours ago: Sentry timed out after 10 s',
      ),
    ).toBeInTheDocument();
    expect(issueTitles()).toHaveLength(4);
  });

  it('says so when Sentry listed more issues than it sent', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async () => ({ ...issues, truncated: true }),
      }),
    );

    expect(
      await screen.findByText(
        'Sentry has more issues than the 4 listed here; the totals and the trend count the listed ones only.',
      ),
    ).toBeInTheDocument();
  });

  it('says there is nothing unresolved, in the words of the filters', async () => {
    await render(
      fakeErrorsApi({
        getIssues: async options => ({
          ...none,
          environment: options.environment,
          period: options.period ?? '24h',
        }),
      }),
    );

    expect(
      await screen.findByText('No unresolved issues in the last 24 hours'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Environment' }),
      'staging',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Period' }),
      '14d',
    );

    expect(
      await screen.findByText(
        'No unresolved issues in staging in the last 14 days',
      ),
    ).toBeInTheDocument();
  });

  it('shows a failed request and loads again on retry', async () => {
    const getIssues = jest
      .fn<
        ReturnType<ErrorsApi['getIssues']>,
        Parameters<ErrorsApi['getIssues']>
      >()
      .mockRejectedValueOnce(
        await responseError(
          404,
          'NotFoundError',
          'No entity component:default/api-gateway',
        ),
      )
      .mockResolvedValueOnce(issues);
    await render(fakeErrorsApi({ getIssues }));

    expect(
      await screen.findByText(
        /Could not load the issues: No entity component:default\/api-gateway/,
      ),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(getIssues).toHaveBeenCalledTimes(2);
  });

  it('explains the annotation to add, without asking the backend', async () => {
    const api = fakeErrorsApi();
    await render(api, { entity: plainEntity });

    expect(screen.getByText('Missing Annotation')).toBeInTheDocument();
    expect(
      screen.getAllByText(/sentry\.io\/project-slug/).length,
    ).toBeGreaterThan(0);
    expect(api.getIssues).not.toHaveBeenCalled();
    expect(api.getEnvironments).not.toHaveBeenCalled();
  });
});
