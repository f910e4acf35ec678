import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { CostApi, costApiRef } from '../../api';
import {
  NOW,
  fakeCostApi,
  noOverview,
  novemberOverview,
  responseError,
} from '../../testing/fixtures';
import { CostOverviewContent } from './CostOverviewContent';

/** The page's search parameters, to see what the page writes there. */
function Search() {
  return <output aria-label="Search">{useLocation().search}</output>;
}

describe('CostOverviewContent', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (api: CostApi, url = '/cost-overview') =>
    renderInTestApp(
      <TestApiProvider apis={[[costApiRef, api]]}>
        <CostOverviewContent />
        <Search />
      </TestApiProvider>,
      {
        routeEntries: [url],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

  const rows = (table: string) =>
    within(screen.getByRole('table', { name: table }))
      .getAllByRole('row')
      .slice(1)
      .map(row =>
        within(row)
          .getAllByRole('cell')
          .map(cell => cell.textContent),
      );

  const search = () => screen.getByRole('status', { name: 'Search' });

  it('shows this month by team: total, budget, groups, unallocated, movers and alerts', async () => {
    const api = fakeCostApi();
    await render(api);

    expect(await screen.findByLabelText('Total')).toHaveTextContent(
      '$1,234.50',
    );
    expect(api.getOverview).toHaveBeenCalledWith({
      from: '2026-11-01',
      to: '2026-11-22',
      groupBy: 'team',
    });
    expect(search()).toHaveTextContent('?period=this-month&groupBy=team');
    expect(
      screen.getByText('This month · Nov 1 – 22, 2026 (UTC)'),
    ).toBeInTheDocument();

    // the organisation's budget: 1234.5 of 2000, forecast 1234.5 × 30 ÷ 22
    expect(
      screen.getByRole('meter', { name: 'Budget for November 2026' }),
    ).toHaveAttribute(
      'aria-valuetext',
      '$1,234.50 of $2,000.00 (61 %) · forecast $1,683.41 (84 %)',
    );
    expect(
      screen.getByRole('figure', { name: 'Cost per day, Nov 1 – 22, 2026' }),
    ).toBeInTheDocument();

    // shares of 1234.5: 56.7 %, 32.4 %, 4.05 %; Edge at 87.5 % of its budget
    expect(rows('Cost by team')).toEqual([
      ['Edge', '$700.00', '57 %', 'Warning'],
      ['Data', '$400.00', '32 %', ''],
      ['Search', '$50.00', '4 %', ''],
    ]);
    const table = within(screen.getByRole('table', { name: 'Cost by team' }));
    expect(table.getByRole('link', { name: 'Edge' })).toHaveAttribute(
      'href',
      '/catalog/default/group/team-edge',
    );

    // 84.5 ÷ 1234.5 = 6.84 %
    expect(screen.getByLabelText('Unallocated')).toHaveTextContent('$84.50');
    expect(screen.getByLabelText('Unallocated share')).toHaveTextContent(
      '7 % of the total',
    );

    expect(rows('Top movers')).toEqual([
      ['Edge', '$500.00', '$700.00', '+$200.00', '+40 %'],
      ['Data', '$600.00', '$400.00', '-$200.00', '-33 %'],
      ['Search', '$0.00', '$50.00', '+$50.00', 'new'],
    ]);

    const alerts = within(screen.getByRole('list', { name: 'Budget alerts' }));
    const items = alerts.getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'EdgeSpent: 87 % of the monthly budgetWarning',
      'component:default/api-gatewayForecast: 109 % of the monthly budgetCritical',
    ]);
    expect(alerts.getByRole('link', { name: 'Edge' })).toHaveAttribute(
      'href',
      '/catalog/default/group/team-edge/costs',
    );
    expect(
      alerts.getByRole('link', { name: 'component:default/api-gateway' }),
    ).toHaveAttribute('href', '/catalog/default/component/api-gateway/costs');
  });

  it('asks again when the grouping changes, and links services to their Costs tab', async () => {
    const api = fakeCostApi();
    await render(api);
    await screen.findByRole('table', { name: 'Cost by team' });

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Group by' }),
      'Service',
    );

    await screen.findByRole('table', { name: 'Cost by service' });
    expect(api.getOverview).toHaveBeenLastCalledWith({
      from: '2026-11-01',
      to: '2026-11-22',
      groupBy: 'service',
    });
    // 1053.6 ÷ 1234.5 = 85.3 %, 96.4 ÷ 1234.5 = 7.8 %
    expect(rows('Cost by service')).toEqual([
      ['Search API', '$1,053.60', '85 %', ''],
      ['API gateway', '$96.40', '8 %', 'Warning'],
    ]);
    expect(
      within(screen.getByRole('table', { name: 'Cost by service' })).getByRole(
        'link',
        { name: 'API gateway' },
      ),
    ).toHaveAttribute('href', '/catalog/default/component/api-gateway/costs');
    expect(
      screen.getByText('No change against the previous period.'),
    ).toBeInTheDocument();
    expect(search()).toHaveTextContent('?period=this-month&groupBy=service');

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Group by' }),
      'Provider',
    );

    await screen.findByRole('table', { name: 'Cost by provider' });
    expect(api.getOverview).toHaveBeenLastCalledWith({
      from: '2026-11-01',
      to: '2026-11-22',
      groupBy: 'provider',
    });
    expect(rows('Cost by provider')).toEqual([
      ['AWS', '$1,000.00', '81 %', ''],
      ['Cloudflare', '$234.50', '19 %', ''],
    ]);
    expect(
      within(
        screen.getByRole('table', { name: 'Cost by provider' }),
      ).queryAllByRole('link'),
    ).toEqual([]);
    expect(api.getOverview).toHaveBeenCalledTimes(3);
  });

  it('reads the period and the grouping from the URL', async () => {
    const api = fakeCostApi();
    await render(api, '/cost-overview?period=last-month&groupBy=provider');

    await screen.findByRole('table', { name: 'Cost by provider' });
    expect(api.getOverview).toHaveBeenCalledTimes(1);
    expect(api.getOverview).toHaveBeenCalledWith({
      from: '2026-10-01',
      to: '2026-10-31',
      groupBy: 'provider',
    });
    expect(search()).toHaveTextContent('?period=last-month&groupBy=provider');
  });

  it('says when nothing was billed in the period, and that no alert is raised', async () => {
    const api = fakeCostApi({
      getOverview: jest.fn(async options => noOverview(options)),
    });
    await render(api, '/cost-overview?period=90d');

    expect(
      await screen.findByText('No cost recorded in the last 90 days'),
    ).toBeInTheDocument();
    expect(api.getOverview).toHaveBeenCalledWith({
      from: '2026-08-25',
      to: '2026-11-22',
      groupBy: 'team',
    });
    expect(screen.getByText('No budget alerts this month')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows no gauge without an organisation budget', async () => {
    const { organizationBudget: _, ...unbudgeted } = novemberOverview;
    await render(fakeCostApi({ getOverview: jest.fn(async () => unbudgeted) }));

    expect(await screen.findByLabelText('Total')).toHaveTextContent(
      '$1,234.50',
    );
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(
      screen.getByText('No organisation budget is configured.'),
    ).toBeInTheDocument();
  });

  it('shows the error and retries', async () => {
    const getOverview = jest
      .fn<
        ReturnType<CostApi['getOverview']>,
        Parameters<CostApi['getOverview']>
      >()
      .mockRejectedValueOnce(
        await responseError(503, 'ServiceUnavailableError', 'Database down'),
      )
      .mockResolvedValueOnce(novemberOverview);
    await render(fakeCostApi({ getOverview }));

    expect(
      await screen.findByText(
        /Could not load the cost overview: Database down/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('combobox', { name: 'Group by' }),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByLabelText('Total')).toHaveTextContent(
      '$1,234.50',
    );
    expect(getOverview).toHaveBeenCalledTimes(2);
  });
});
