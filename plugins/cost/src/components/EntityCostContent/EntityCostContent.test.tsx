import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { CostApi, costApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  annotatedEntity,
  fakeCostApi,
  noCost,
  novemberCost,
  responseError,
  unbudgetedEntity,
} from '../../testing/fixtures';
import { EntityCostContent } from './EntityCostContent';

/** The page's search parameters, to see what the tab writes there. */
function Search() {
  return <output aria-label="Search">{useLocation().search}</output>;
}

describe('EntityCostContent', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (
    api: CostApi,
    options: { entity?: Entity; url?: string } = {},
  ) =>
    renderInTestApp(
      <TestApiProvider apis={[[costApiRef, api]]}>
        <EntityProvider entity={options.entity ?? annotatedEntity}>
          <EntityCostContent />
          <Search />
        </EntityProvider>
      </TestApiProvider>,
      {
        routeEntries: [options.url ?? '/'],
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

  it('shows this month: the total, the budget, the trend and the breakdowns', async () => {
    const api = fakeCostApi();
    await render(api);

    expect(await screen.findByLabelText('Total')).toHaveTextContent('$96.40');
    expect(api.getEntityCost).toHaveBeenCalledTimes(1);
    expect(api.getEntityCost).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      from: '2026-11-01',
      to: '2026-11-22',
    });
    expect(
      screen.getByText('This month · Nov 1 – 22, 2026 (UTC)'),
    ).toBeInTheDocument();

    expect(
      screen.getByText('$96.40 of $120.00 (80 %) · forecast $131.45 (109 %)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Warning')).toBeInTheDocument();
    expect(screen.getByText('Forecast: Critical')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Forecast: daily run rate, one-time and monthly charges once',
      ),
    ).toBeInTheDocument();

    const trend = screen.getByRole('figure', {
      name: 'Cost per day, Nov 1 – 22, 2026',
    });
    expect(trend.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(22);
    const cumulative = screen.getByRole('figure', {
      name: 'Spend in November 2026 added up, against the budget',
    });
    expect(within(cumulative).getByText('Budget $120.00')).toBeInTheDocument();

    expect(rows('Cost by provider')).toEqual([
      ['AWS', '', '$71.40', '74 %'],
      ['Cloudflare', '', '$15.00', '16 %'],
      ['Grafana Cloud', '', '$10.00', '10 %'],
    ]);
    expect(rows('Cost by resource')).toEqual([
      [
        'api-gateway (ECS service)arn:aws:ecs:eu-west-1:123456789012:service/agents/api-gateway',
        'AWS',
        '$52.40',
      ],
      [
        'api-gateway-dbarn:aws:rds:eu-west-1:123456789012:db:api-gateway-dbRolled up from Resource api-gateway-db',
        'AWS',
        '$19.00',
      ],
      [
        'cloudflare/zones/valuecanvas.io/workers/api-gateway',
        'Cloudflare',
        '$15.00',
      ],
      [
        'valuecanvas stackgrafana-cloud/stacks/valuecanvas',
        'Grafana Cloud',
        '$10.00',
      ],
    ]);
    expect(
      screen.getByRole('link', { name: 'api-gateway-db' }),
    ).toHaveAttribute('href', '/catalog/default/resource/api-gateway-db');
  });

  it('asks for the period chosen and keeps it in the URL', async () => {
    const api = fakeCostApi();
    await render(api);
    await screen.findByLabelText('Total');
    expect(screen.getByRole('status', { name: 'Search' })).toHaveTextContent(
      '?period=this-month',
    );

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Period' }),
      'Last month',
    );

    expect(await screen.findByLabelText('Total')).toHaveTextContent('$93.00');
    expect(api.getEntityCost).toHaveBeenLastCalledWith({
      entityRef: ENTITY_REF,
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(
      screen.getByText('Last month · Oct 1 – 31, 2026 (UTC)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Search' })).toHaveTextContent(
      '?period=last-month',
    );
    // the budget is this month's: still shown, but not charted against October
    expect(
      screen.getByRole('meter', { name: 'Budget for November 2026' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: /against the budget/ }),
    ).not.toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Period' }),
      'Last 90 days',
    );

    expect(
      await screen.findByText('Last 90 days · Aug 25 – Nov 22, 2026 (UTC)'),
    ).toBeInTheDocument();
    expect(api.getEntityCost).toHaveBeenLastCalledWith({
      entityRef: ENTITY_REF,
      from: '2026-08-25',
      to: '2026-11-22',
    });
    expect(api.getEntityCost).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('status', { name: 'Search' })).toHaveTextContent(
      '?period=90d',
    );
  });

  it('starts from the period in the URL and leaves the other parameters alone', async () => {
    const api = fakeCostApi();
    await render(api, { url: '/?period=last-month&owner=team-edge' });

    expect(await screen.findByLabelText('Total')).toHaveTextContent('$93.00');
    expect(api.getEntityCost).toHaveBeenCalledTimes(1);
    expect(api.getEntityCost).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(
      'last-month',
    );
    expect(screen.getByRole('status', { name: 'Search' })).toHaveTextContent(
      '?period=last-month&owner=team-edge',
    );
  });

  it('falls back to this month for a period it does not know', async () => {
    const api = fakeCostApi();
    await render(api, { url: '/?period=year' });

    await screen.findByLabelText('Total');
    expect(api.getEntityCost).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      from: '2026-11-01',
      to: '2026-11-22',
    });
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(
      'this-month',
    );
  });

  it('formats every amount in the billing currency', async () => {
    await render(
      fakeCostApi({
        getEntityCost: async () => ({
          ...novemberCost,
          currency: 'EUR',
          total: '1234.5',
        }),
      }),
    );

    expect(await screen.findByLabelText('Total')).toHaveTextContent(
      '€1,234.50',
    );
    expect(
      screen.getByText('Billed in EUR, the entity’s Resources included'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('€96.40 of €120.00 (80 %) · forecast €131.45 (109 %)'),
    ).toBeInTheDocument();
    expect(rows('Cost by provider')[0]).toEqual(['AWS', '', '€71.40', '6 %']);
  });

  it('says when nothing was billed in the period, and still shows the budget', async () => {
    const api = fakeCostApi({
      getEntityCost: jest.fn(async options => noCost(options)),
    });
    await render(api);

    expect(
      await screen.findByText(
        'No cost recorded for API gateway in November 2026',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /No bill line of Nov 1 – 22, 2026 \(UTC\) carries its cost tags \(service=api-gateway; annotation agent-platform\.io\/cost-tags\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('$0.00 of $120.00 (0 %) · forecast $0.00 (0 %)'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Period' }),
      'Last 90 days',
    );

    expect(
      await screen.findByText(
        'No cost recorded for API gateway in the last 90 days',
      ),
    ).toBeInTheDocument();
  });

  it('names the budget annotation where an entity has no budget', async () => {
    await render(
      fakeCostApi({
        getEntityCost: async () => ({ ...novemberCost, budget: undefined }),
      }),
      { entity: unbudgetedEntity },
    );

    expect(await screen.findByText('No monthly budget')).toBeInTheDocument();
    expect(
      screen.getByText('agent-platform.io/monthly-budget', {
        selector: 'code',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('figure', { name: /against the budget/ }),
    ).not.toBeInTheDocument();
    // the rest of the tab is unaffected
    expect(screen.getByLabelText('Total')).toHaveTextContent('$96.40');
  });

  it('says why a budget annotation cannot be read', async () => {
    await render(
      fakeCostApi({
        getEntityCost: async () => ({ ...novemberCost, budget: undefined }),
      }),
      {
        entity: {
          ...annotatedEntity,
          metadata: {
            ...annotatedEntity.metadata,
            annotations: { 'agent-platform.io/monthly-budget': '$120' },
          },
        },
      },
    );

    expect(
      await screen.findByText('The monthly budget cannot be read'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^agent-platform\.io\/monthly-budget: "\$120" is not a decimal number/,
      ),
    ).toBeInTheDocument();
  });

  it('shows a failed request and loads again on retry', async () => {
    const getEntityCost = jest
      .fn<
        ReturnType<CostApi['getEntityCost']>,
        Parameters<CostApi['getEntityCost']>
      >()
      .mockRejectedValueOnce(
        await responseError(
          404,
          'NotFoundError',
          'No entity component:default/api-gateway',
        ),
      )
      .mockResolvedValueOnce(novemberCost);
    await render(fakeCostApi({ getEntityCost }));

    expect(
      await screen.findByText(
        /Could not load the costs: No entity component:default\/api-gateway/,
      ),
    ).toBeInTheDocument();
    // another period may still be asked for
    expect(
      screen.getByRole('combobox', { name: 'Period' }),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByLabelText('Total')).toHaveTextContent('$96.40');
    expect(getEntityCost).toHaveBeenCalledTimes(2);
  });
});
