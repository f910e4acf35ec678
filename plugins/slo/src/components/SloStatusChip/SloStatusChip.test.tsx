import { lightTheme } from '@backstage/theme';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { SloStatusChip } from './SloStatusChip';

describe('SloStatusChip', () => {
  it.each([
    ['ok', 'OK', lightTheme.palette.status.ok],
    ['warning', 'Warning', lightTheme.palette.status.warning],
    ['breaching', 'Breaching', lightTheme.palette.status.error],
    ['no-data', 'No data', lightTheme.palette.grey[500]],
  ] as const)(
    'shows %s as “%s” in its colour',
    async (status, label, colour) => {
      await renderInTestApp(<SloStatusChip status={status} />);
      const chip = screen.getByText(label).closest('.MuiChip-root');
      expect(chip).toHaveStyle({ backgroundColor: colour });
    },
  );
});
