import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { Settings } from 'luxon';
import { checkoutIssue, paymentsIssue, releases } from '../../testing/fixtures';
import { ErrorsTrendChart } from './ErrorsTrendChart';

describe('ErrorsTrendChart', () => {
  afterEach(() => {
    Settings.defaultZone = 'system';
  });

  it('marks the releases of the last 24 hours on an hourly axis in local time', async () => {
    Settings.defaultZone = 'Europe/Berlin';
    await renderInTestApp(
      <ErrorsTrendChart
        issues={[checkoutIssue, paymentsIssue]}
        period="24h"
        releases={releases.releases}
      />,
    );

    const chart = screen.getByRole('figure', {
      name: 'Events per hour in the last 24 hours',
    });
    expect(chart.querySelector('.recharts-area')).toBeInTheDocument();
    // 2.4.1 and a commit went out within the range, 2.3.0 twelve days before
    expect(within(chart).getByText('2.4.1')).toBeInTheDocument();
    expect(within(chart).getByText('3f2a9c1')).toBeInTheDocument();
    expect(within(chart).queryByText('2.3.0')).not.toBeInTheDocument();
    const ticks = [
      ...chart.querySelectorAll('.xAxis .recharts-cartesian-axis-tick-value'),
    ].map(tick => tick.textContent);
    // hourly ticks from 14:00 to 12:00 UTC, read in Berlin
    expect(ticks[0]).toBe('15:00');
    expect(ticks[ticks.length - 1]).toBe('13:00');
  });

  it('draws nothing without issues', async () => {
    await renderInTestApp(
      <ErrorsTrendChart issues={[]} period="14d" releases={[]} />,
    );

    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
