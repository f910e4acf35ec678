import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { breachingLatencySlo, noDataSlo } from '../../testing/fixtures';
import { BurnRateTable } from './BurnRateTable';

describe('BurnRateTable', () => {
  it('has a row per alert with its windows, burn rates and threshold', async () => {
    await renderInTestApp(
      <BurnRateTable burnRates={breachingLatencySlo.burnRates} />,
    );

    const table = screen.getByRole('table', { name: 'Burn-rate alerts' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(row => within(row).getAllByRole('cell')[1].textContent),
    ).toEqual(['1h / 5m', '6h / 30m', '1d / 2h', '3d / 6h']);

    const ticket = rows[2];
    expect(
      within(ticket)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['Ticket', '1d / 2h', '2.6×', '3.4×', '3.0×', '']);
  });

  it('marks the firing alert, and only that one', async () => {
    await renderInTestApp(
      <BurnRateTable burnRates={breachingLatencySlo.burnRates} />,
    );

    const firing = screen.getByText('Firing').closest('tr')!;
    expect(
      within(firing)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['Page', '1h / 5m', '20.0×', '30.0×', '14.4×', 'Firing']);
    expect(screen.getAllByText('Firing')).toHaveLength(1);
  });

  it('shows a dash for windows without traffic', async () => {
    await renderInTestApp(<BurnRateTable burnRates={noDataSlo.burnRates} />);

    const firstRow = screen.getAllByRole('row')[1];
    expect(within(firstRow).getAllByText('—')).toHaveLength(2);
    expect(screen.queryByText('Firing')).not.toBeInTheDocument();
  });

  it('says so when the SLO has no alerts', async () => {
    await renderInTestApp(<BurnRateTable burnRates={[]} />);

    expect(
      screen.getByText('No burn-rate alerts are defined for this SLO.'),
    ).toBeInTheDocument();
  });
});
