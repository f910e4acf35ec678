import { ScalingEvent } from '@internal/plugin-autoscaling-common';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatChange, formatEventSource } from '../format';
import { formatAbsoluteTime, formatRelativeTime } from '@internal/frontend-kit';

/**
 * The replica changes, newest first: when, which workload, from → to (with
 * an "at max" chip when the step reached the maximum), why and where seen.
 */
export function ScalingEventsList(props: { events: ScalingEvent[] }) {
  const { events } = props;
  return (
    <Table size="small" aria-label="Scaling events">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Workload</TableCell>
          <TableCell>Replicas</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Source</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map(event => (
          <TableRow
            key={`${event.time}/${event.cluster}/${event.namespace}/${event.workload}/${event.to}`}
          >
            <TableCell>
              <time dateTime={event.time}>
                {formatRelativeTime(event.time)}
                <Typography
                  variant="caption"
                  color="textSecondary"
                  display="block"
                >
                  {formatAbsoluteTime(event.time)}
                </Typography>
              </time>
            </TableCell>
            <TableCell>{event.workload}</TableCell>
            <TableCell>
              {formatChange(event)}
              {event.atMax && (
                <Chip
                  label="at max"
                  size="small"
                  color="secondary"
                  style={{ marginLeft: 8 }}
                />
              )}
            </TableCell>
            <TableCell>{event.reason}</TableCell>
            <TableCell>{formatEventSource(event.source)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
