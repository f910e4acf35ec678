import { SloStatus } from '@internal/plugin-slo-common';
import Chip from '@material-ui/core/Chip';
import { Theme, useTheme } from '@material-ui/core/styles';

const LABELS: Record<SloStatus, string> = {
  ok: 'OK',
  warning: 'Warning',
  breaching: 'Breaching',
  'no-data': 'No data',
};

const BACKGROUNDS: Record<SloStatus, (theme: Theme) => string> = {
  ok: theme => theme.palette.status.ok,
  warning: theme => theme.palette.status.warning,
  breaching: theme => theme.palette.status.error,
  'no-data': theme => theme.palette.grey[500],
};

/** The status of an SLO as a chip: green, orange, red or grey. */
export function SloStatusChip(props: { status: SloStatus }) {
  const { status } = props;
  const theme = useTheme();
  const background = (BACKGROUNDS[status] ?? BACKGROUNDS['no-data'])(theme);
  return (
    <Chip
      size="small"
      label={LABELS[status] ?? status}
      // inline, so the colour wins over the Chip's own background
      style={{
        backgroundColor: background,
        color: theme.palette.getContrastText(background),
      }}
    />
  );
}
