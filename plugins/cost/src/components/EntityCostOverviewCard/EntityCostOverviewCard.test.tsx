import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { CostApi, costApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  annotatedEntity,
  criticalBudget,
  fakeCostApi,
  novemberCost,
  okBudget,
  responseError,
  unbudgetedEntity,
} from '../../testing/fixtures';
import { EntityCostOverviewCard } from './EntityCostOverviewCard';

describe('EntityCostOverviewCard', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (api: CostApi, entity: Entity = annotatedEntity) =>
    renderInTestApp(
      <TestApiProvider apis={[[costApiRef, api]]}>
        <EntityProvider entity={entity}>
          <EntityCostOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

  it('shows this month to date against the budget, with its status and forecast', async () => {
    const api = fakeCostApi();
    await render(api);

    expect(
      await screen.findByText(
        '$96.40 of $120.00 (80 %) · forecast $131.45 (109 %)',
      ),
    ).toBeInTheDocument();
    expect(api.getEntityCost).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      from: '2026-11-01',
      to: '2026-11-22',
    });
    expect(
      screen.getByText('November 2026, month to date'),
    ).toBeInTheDocument();
    expect(screen.getByText('Warning')).toBeInTheDocument();
    expect(screen.getByText('Forecast: Critical')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Forecast: daily run rate, one-time and monthly charges once',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /View costs/ })).toHaveAttribute(
      'href',
      '/costs',
    );
  });

  it.each([
    [okBudget, 'OK', '$66.00 of $120.00 (55 %) · forecast $90.00 (75 %)'],
    [
      criticalBudget,
      'Critical',
      '$118.80 of $120.00 (99 %) · forecast $162.00 (135 %)',
    ],
  ])('shows the level the spend has reached', async (budget, chip, text) => {
    await render(
      fakeCostApi({
        getEntityCost: async () => ({ ...novemberCost, budget }),
      }),
    );

    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByText(chip)).toBeInTheDocument();
    expect(screen.queryByText(/^Forecast: (OK|Warning|Critical)$/)).toBeNull();
  });

  it('shows the spend so far and names the annotation without a budget', async () => {
    await render(
      fakeCostApi({
        getEntityCost: async () => ({ ...novemberCost, budget: undefined }),
      }),
      unbudgetedEntity,
    );

    expect(
      await screen.findByText('$96.40 this month to date'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('agent-platform.io/monthly-budget', {
        selector: 'code',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });

  it('shows a failure in small and loads again on retry', async () => {
    const getEntityCost = jest
      .fn<
        ReturnType<CostApi['getEntityCost']>,
        Parameters<CostApi['getEntityCost']>
      >()
      .mockRejectedValueOnce(await responseError(500, 'Error', 'Boom'))
      .mockResolvedValueOnce(novemberCost);
    await render(fakeCostApi({ getEntityCost }));

    expect(
      await screen.findByText('Could not load the costs: Boom'),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByText(
        '$96.40 of $120.00 (80 %) · forecast $131.45 (109 %)',
      ),
    ).toBeInTheDocument();
    expect(getEntityCost).toHaveBeenCalledTimes(2);
  });
});
