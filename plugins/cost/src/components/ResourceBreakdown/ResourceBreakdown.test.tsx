import { renderInTestApp } from '@backstage/test-utils';
import { ResourceCost } from '@internal/plugin-cost-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { ResourceBreakdown } from './ResourceBreakdown';

describe('ResourceBreakdown', () => {
  const resources: ResourceCost[] = Array.from({ length: 12 }, (_, i) => ({
    resourceId: `i-${String(12 - i).padStart(2, '0')}`,
    provider: 'AWS',
    amount: String(12 - i),
  }));

  const bodyRows = () =>
    within(screen.getByRole('table', { name: 'Cost by resource' }))
      .getAllByRole('row')
      .slice(1);

  it('lists the ten largest, and all of them on request', async () => {
    await renderInTestApp(
      <ResourceBreakdown byResource={resources} currency="USD" />,
    );

    expect(bodyRows()).toHaveLength(10);
    expect(bodyRows()[9]).toHaveTextContent('i-03AWS$3.00');

    fireEvent.click(
      screen.getByRole('button', { name: 'Show all 12 resources' }),
    );

    expect(bodyRows()).toHaveLength(12);
    expect(bodyRows()[11]).toHaveTextContent('i-01AWS$1.00');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('names charges that carry no resource id', async () => {
    await renderInTestApp(
      <ResourceBreakdown
        byResource={[{ resourceId: '', provider: 'AWS', amount: '2.5' }]}
        currency="USD"
      />,
    );

    expect(bodyRows()[0]).toHaveTextContent(
      'Charges without a resourceAWS$2.50',
    );
  });
});
