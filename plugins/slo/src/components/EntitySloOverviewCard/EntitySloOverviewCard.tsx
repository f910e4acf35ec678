import { InfoCard, Progress } from '@backstage/core-components';
import {
  SLO_SELECTOR_ANNOTATION,
  SLO_SPEC_ANNOTATION,
} from '@internal/plugin-slo-common';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { SloStatusChip } from '../SloStatusChip';
import { formatBudgetPercent, formatSli, formatSource } from '../format';
import { useEntitySlos } from '../useEntitySlos';
import { formatError } from '@internal/frontend-kit';

/** Relative to the entity page, where the SLOs tab is mounted by default. */
const SLO_TAB_PATH = 'slos';

function Body(props: { state: ReturnType<typeof useEntitySlos> }) {
  const { annotated, value, loading, error, retry } = props.state;

  if (!annotated) {
    return (
      <Typography variant="body2" color="textSecondary">
        No SLOs configured. Add the <code>{SLO_SELECTOR_ANNOTATION}</code> or{' '}
        <code>{SLO_SPEC_ANNOTATION}</code> annotation to this entity.
      </Typography>
    );
  }
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <>
        <Typography variant="body2" color="error" paragraph>
          Could not load the SLOs: {formatError(error)}
        </Typography>
        <Button size="small" variant="outlined" onClick={retry}>
          Retry
        </Button>
      </>
    );
  }

  const slos = value?.slos ?? [];
  const sourceErrors = value?.errors ?? [];

  return (
    <>
      {sourceErrors.map(sourceError => (
        <Typography
          key={`${sourceError.source}:${sourceError.message}`}
          variant="body2"
          color="error"
          paragraph
        >
          SLOs from {formatSource(sourceError.source)} are missing:{' '}
          {sourceError.message}
        </Typography>
      ))}
      {slos.length === 0 && sourceErrors.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No SLOs matched this entity's annotations.
        </Typography>
      )}
      {slos.length > 0 && (
        <Table size="small" aria-label="SLOs">
          <TableHead>
            <TableRow>
              <TableCell>SLO</TableCell>
              <TableCell align="right">SLI</TableCell>
              <TableCell align="right">Budget left</TableCell>
              <TableCell>Status</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {slos.map(slo => (
              <TableRow key={`${slo.source}:${slo.id}`}>
                <TableCell>
                  {slo.name}
                  {slo.stale && (
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="span"
                    >
                      {' '}
                      (stale)
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  {formatSli(slo.sli, slo.objective)}
                </TableCell>
                <TableCell align="right">
                  {formatBudgetPercent(slo.errorBudgetRemaining)}
                </TableCell>
                <TableCell>
                  <SloStatusChip status={slo.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/** The entity's SLOs at a glance, for the Overview tab. */
export function EntitySloOverviewCard() {
  const state = useEntitySlos();
  return (
    <InfoCard
      title="SLOs"
      variant="gridItem"
      deepLink={
        state.annotated
          ? { title: 'View all SLOs', link: SLO_TAB_PATH }
          : undefined
      }
    >
      <Body state={state} />
    </InfoCard>
  );
}
