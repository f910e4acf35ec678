import { BudgetLevel } from '@internal/plugin-cost-common';
import Chip from '@material-ui/core/Chip';
import { Theme, useTheme } from '@material-ui/core/styles';

/** What each level is called. */
export const LEVEL_LABELS: Record<BudgetLevel, string> = {
  ok: 'OK',
  warning: 'Warning',
  critical: 'Critical',
};

/** Green, orange and red, as the other plugins' status chips. */
export const LEVEL_COLOURS: Record<BudgetLevel, (theme: Theme) => string> = {
  ok: theme => theme.palette.status.ok,
  warning: theme => theme.palette.status.warning,
  critical: theme => theme.palette.status.error,
};

/**
 * Where a budget stands as a chip: `OK`, `Warning` or `Critical` in green,
 * orange or red; with a prefix for the forecast (`Forecast: Critical`).
 */
export function BudgetStatusChip(props: {
  level: BudgetLevel;
  prefix?: string;
}) {
  const { level, prefix } = props;
  const theme = useTheme();
  const background = (LEVEL_COLOURS[level] ?? LEVEL_COLOURS.ok)(theme);
  const label = LEVEL_LABELS[level] ?? level;
  return (
    <Chip
      size="small"
      label={prefix ? `${prefix}: ${label}` : label}
      // inline, so the colour wins over the Chip's own background
      style={{
        backgroundColor: background,
        color: theme.palette.getContrastText(background),
      }}
    />
  );
}
