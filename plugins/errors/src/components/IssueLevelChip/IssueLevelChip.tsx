import { IssueLevel } from '@internal/plugin-errors-common';
import Chip from '@material-ui/core/Chip';
import { Theme, useTheme } from '@material-ui/core/styles';

const BACKGROUNDS: Record<IssueLevel, (theme: Theme) => string> = {
  fatal: theme => theme.palette.error.dark,
  error: theme => theme.palette.status.error,
  warning: theme => theme.palette.status.warning,
  info: theme => theme.palette.info.main,
  debug: theme => theme.palette.grey[500],
};

/** Most severe first, for sorting by level. */
export const LEVEL_ORDER: readonly string[] = [
  'fatal',
  'error',
  'warning',
  'info',
  'debug',
];

/** An issue's level as a chip: dark red, red, orange, blue or grey. */
export function IssueLevelChip(props: { level: string }) {
  const { level } = props;
  const theme = useTheme();
  const background = (BACKGROUNDS[level as IssueLevel] ?? BACKGROUNDS.debug)(
    theme,
  );
  return (
    <Chip
      size="small"
      label={level}
      // inline, so the colour wins over the Chip's own background
      style={{
        backgroundColor: background,
        color: theme.palette.getContrastText(background),
      }}
    />
  );
}
