import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { Slo } from '@internal/plugin-slo-common';
import { screen, within } from '@testing-library/react';
import { sloApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  breachingLatencySlo,
  fakeSloApi,
  noDataSlo,
  okAvailabilitySlo,
  staleSlo,
} from '../../testing/fixtures';
import { SloCard } from './SloCard';

describe('SloCard', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = async (slo: Slo) => {
    const api = fakeSloApi();
    await renderInTestApp(
      <TestApiProvider apis={[[sloApiRef, api]]}>
        <SloCard slo={slo} entityRef={ENTITY_REF} />
      </TestApiProvider>,
    );
    return api;
  };

  it('shows the objective, SLI and budget of a healthy SLO', async () => {
    await render(okAvailabilitySlo);

    expect(screen.getByText('Availability')).toBeInTheDocument();
    expect(screen.getByText('99.9 % · 30 days rolling')).toBeInTheDocument();
    expect(screen.getByText('OK')).toBeInTheDocument();
    expect(screen.getByText('99.953 %')).toBeInTheDocument();
    expect(screen.getByText('53 %')).toBeInTheDocument();
    expect(screen.getByText('23 min of 43 min left')).toBeInTheDocument();
    expect(
      screen.getByText('Grafana SLO · updated 2 minutes ago'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Stale/)).not.toBeInTheDocument();
  });

  it('shows an overspent budget, the firing page and the runbook that fits', async () => {
    const api = await render(breachingLatencySlo);

    expect(screen.getByText('Breaching')).toBeInTheDocument();
    expect(screen.getByText('99.872 %')).toBeInTheDocument();
    expect(screen.getByText('-28 %')).toBeInTheDocument();
    expect(screen.getByText('overspent by 12 min')).toBeInTheDocument();

    const firing = screen.getByText('Firing').closest('tr')!;
    expect(within(firing).getByText('1h / 5m')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Runbook' })).toHaveAttribute(
      'href',
      '/docs/default/component/api-gateway/runbooks/high-latency/',
    );
    expect(
      screen.getByRole('link', { name: /Grafana dashboard/ }),
    ).toHaveAttribute('href', 'https://grafana.example.com/d/slo-api-gateway');

    expect(
      await screen.findByRole('figure', { name: /^Error budget left per day/ }),
    ).toBeInTheDocument();
    expect(api.getHistory).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRef: ENTITY_REF,
        id: '5f1c0a7e-latency',
      }),
    );
  });

  it('says there was no traffic instead of showing numbers', async () => {
    const api = await render(noDataSlo);

    expect(screen.getByText('No traffic in this window')).toBeInTheDocument();
    expect(screen.getAllByText('No data')).toHaveLength(1); // the chip
    expect(screen.queryByText('SLI')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(api.getHistory).not.toHaveBeenCalled();
  });

  it('says a stale answer is stale, since when, and why', async () => {
    await render(staleSlo);

    expect(
      screen.getByText(/Stale — last good answer from 3 hours ago/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Prometheus query timed out after 10 s'),
    ).toBeVisible();
    expect(screen.getByText('99.928 %')).toBeInTheDocument();
    expect(screen.getByText('12 min of 43 min left')).toBeInTheDocument();
    expect(screen.getByText('99.9 % · calendar month')).toBeInTheDocument();
  });

  it('shows the error of an SLO that could not be evaluated', async () => {
    await render({
      ...okAvailabilitySlo,
      error: 'Unknown metric http_requests',
    });

    expect(
      screen.getByText(/This SLO could not be evaluated/),
    ).toBeInTheDocument();
    expect(screen.getByText('Unknown metric http_requests')).toBeVisible();
  });
});
