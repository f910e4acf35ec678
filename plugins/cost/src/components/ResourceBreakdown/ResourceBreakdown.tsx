import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { formatMoney, ResourceCost } from '@internal/plugin-cost-common';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';

/** Rows shown before "Show all". */
export const FIRST_RESOURCES = 10;

const useStyles = makeStyles(theme => ({
  number: {
    whiteSpace: 'nowrap',
  },
  id: {
    display: 'block',
    wordBreak: 'break-all',
    fontFamily: theme.typography.fontFamily,
  },
}));

function ResourceCell(props: { row: ResourceCost }) {
  const { row } = props;
  const classes = useStyles();
  return (
    <>
      <Typography variant="body2" component="span" className={classes.id}>
        {row.resourceName || row.resourceId || 'Charges without a resource'}
      </Typography>
      {row.resourceName && row.resourceName !== row.resourceId && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="span"
          className={classes.id}
        >
          {row.resourceId}
        </Typography>
      )}
      {row.entityRef && (
        <Typography variant="caption" color="textSecondary" component="span">
          Rolled up from Resource <EntityRefLink entityRef={row.entityRef} />
        </Typography>
      )}
    </>
  );
}

/**
 * The period's spend per billed resource, largest first: its name (or id),
 * its provider and amount, and the catalog Resource it was rolled up from
 * when it was billed to one of the entity's Resources. The first
 * {@link FIRST_RESOURCES} are shown, the rest on request.
 */
export function ResourceBreakdown(props: {
  byResource: ResourceCost[];
  currency: string;
}) {
  const { byResource, currency } = props;
  const classes = useStyles();
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? byResource : byResource.slice(0, FIRST_RESOURCES);

  return (
    <>
      <Table size="small" aria-label="Cost by resource">
        <TableHead>
          <TableRow>
            <TableCell>Resource</TableCell>
            <TableCell>Provider</TableCell>
            <TableCell align="right" className={classes.number}>
              Amount
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow
              key={`${row.provider}/${row.resourceId}/${row.entityRef ?? ''}`}
            >
              <TableCell>
                <ResourceCell row={row} />
              </TableCell>
              <TableCell>{row.provider}</TableCell>
              <TableCell align="right" className={classes.number}>
                {formatMoney(row.amount, currency)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length < byResource.length && (
        <Button size="small" color="primary" onClick={() => setShowAll(true)}>
          Show all {byResource.length} resources
        </Button>
      )}
    </>
  );
}
