import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings } from 'luxon';
import {
  NOW,
  checkoutIssue,
  issues,
  paymentsIssue,
} from '../../testing/fixtures';
import { IssuesTable } from './IssuesTable';

describe('IssuesTable', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    Settings.defaultZone = 'UTC';
  });
  afterEach(() => {
    jest.restoreAllMocks();
    Settings.defaultZone = 'system';
  });

  const titles = () =>
    within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map(row => within(row).getAllByRole('cell')[1].textContent);

  it('shows each issue with its level, culprit, counts, times and status', async () => {
    await renderInTestApp(<IssuesTable issues={issues.issues} />);

    const row = screen
      .getByText(checkoutIssue.title)
      .closest('tr') as HTMLElement;
    const cells = within(row)
      .getAllByRole('cell')
      .map(cell => cell.textContent);
    expect(cells).toEqual([
      'error',
      "TypeError: Cannot read properties of undefined (reading 'id')" +
        'app/routes/checkout.ts in handleCheckout',
      '100',
      '37',
      '2 days ago',
      '15 minutes ago',
      'Unresolved',
      'Open in Sentry, Opens in a new window',
    ]);
    expect(within(row).getByText('2 days ago')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Nov 20, 2026, 8:15\sAM$/),
    );
    expect(within(row).getByText('15 minutes ago')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Nov 22, 2026, 11:45\sAM$/),
    );
  });

  it('links every issue to Sentry in a new tab', async () => {
    await renderInTestApp(<IssuesTable issues={issues.issues} />);

    const link = screen.getByRole('link', {
      name: /^Open API-GATEWAY-1B in Sentry/,
    });
    expect(link).toHaveAttribute('href', paymentsIssue.permalink);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(
      screen.getAllByRole('link', { name: /^Open .* in Sentry/ }),
    ).toHaveLength(4);
  });

  it('keeps Sentry’s order and sorts by a column on demand', async () => {
    await renderInTestApp(<IssuesTable issues={issues.issues} />);

    expect(titles()).toEqual([
      expect.stringContaining('TypeError'),
      expect.stringContaining('TimeoutError'),
      expect.stringContaining('RangeError'),
      expect.stringContaining('Deprecated'),
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Level' }));
    expect(titles()).toEqual([
      expect.stringContaining('RangeError'), // fatal
      expect.stringContaining('TypeError'), // error
      expect.stringContaining('TimeoutError'), // warning
      expect.stringContaining('Deprecated'), // info
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'First seen' }));
    expect(titles()).toEqual([
      expect.stringContaining('RangeError'), // Nov 1
      expect.stringContaining('Deprecated'), // Nov 15
      expect.stringContaining('TypeError'), // Nov 20
      expect.stringContaining('TimeoutError'), // Nov 22
    ]);
  });
});
