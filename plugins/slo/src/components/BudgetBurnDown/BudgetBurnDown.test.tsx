import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { sloApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  breachingLatencySlo,
  fakeSloApi,
  history,
  responseError,
} from '../../testing/fixtures';
import { BudgetBurnDown } from './BudgetBurnDown';

describe('BudgetBurnDown', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (api: ReturnType<typeof fakeSloApi>) =>
    renderInTestApp(
      <TestApiProvider apis={[[sloApiRef, api]]}>
        <BudgetBurnDown
          entityRef={ENTITY_REF}
          id={breachingLatencySlo.id}
          window={breachingLatencySlo.window}
        />
      </TestApiProvider>,
    );

  it('charts the budget of the last 30 days of a rolling 30-day window', async () => {
    const getHistory = jest.fn(async () => history);
    await render(fakeSloApi({ getHistory }));

    expect(getHistory).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      id: '5f1c0a7e-latency',
      from: '2026-10-23',
      to: '2026-11-22',
    });
    const chart = await screen.findByRole('figure', {
      name: 'Error budget left per day, 2026-10-23 to 2026-11-22',
    });
    expect(chart.querySelector('.recharts-line')).toBeInTheDocument();
    expect(screen.getByText('Error budget left')).toBeInTheDocument(); // legend
  });

  it('says when there is no history yet', async () => {
    await render(
      fakeSloApi({
        getHistory: async () => ({
          ...history,
          points: [
            { date: '2026-11-22', sli: null, errorBudgetRemaining: null },
          ],
        }),
      }),
    );

    expect(
      await screen.findByText('No history for this window yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('shows a failed history request inline', async () => {
    const error = await responseError(
      404,
      'NotFoundError',
      'No SLO 5f1c0a7e-latency',
    );
    await render(
      fakeSloApi({
        getHistory: async () => {
          throw error;
        },
      }),
    );

    expect(
      await screen.findByText(
        'Could not load the burn-down: No SLO 5f1c0a7e-latency',
      ),
    ).toBeInTheDocument();
  });
});
