import {
  ERRORS_PERIODS,
  ERRORS_SORTS,
  ErrorsPeriod,
  ErrorsSort,
} from '@internal/plugin-errors-common';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { ChangeEvent } from 'react';
import { shortVersion } from '../format';
import { ErrorsFilters } from '../useErrorsFilters';

const PERIOD_LABELS: Record<ErrorsPeriod, string> = {
  '24h': 'Last 24 hours',
  '14d': 'Last 14 days',
};

const SORT_LABELS: Record<ErrorsSort, string> = {
  freq: 'Most events',
  date: 'Last seen',
  new: 'Newest',
};

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
  },
  field: {
    minWidth: 180,
  },
}));

interface Option {
  value: string;
  label: string;
}

function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  options: Option[];
  helperText?: string;
  onChange: (value: string) => void;
}) {
  const { id, label, value, options, helperText, onChange } = props;
  const classes = useStyles();
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      helperText={helperText}
      onChange={(event: ChangeEvent<HTMLInputElement>) =>
        onChange(event.target.value)
      }
      SelectProps={{ native: true }}
      // "All …" has the empty value: keep the label out of its way
      InputLabelProps={{ shrink: true }}
      variant="outlined"
      size="small"
      className={classes.field}
    >
      {options.map(option => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}

/** Keeps a value from the URL selectable when the project no longer lists it. */
function withCurrent(options: Option[], current: string | undefined) {
  return current && !options.some(option => option.value === current)
    ? [...options, { value: current, label: current }]
    : options;
}

/**
 * The Errors tab's filters: environment, release, period and Sentry's order.
 * "All" is the empty value.
 */
export function ErrorsFilterBar(props: {
  filters: ErrorsFilters;
  onChange: (change: Partial<ErrorsFilters>) => void;
  environments: string[];
  releases: string[];
  environmentsFailed?: boolean;
  releasesFailed?: boolean;
}) {
  const { filters, onChange, environments, releases } = props;
  const classes = useStyles();

  return (
    <div className={classes.bar}>
      <FilterSelect
        id="errors-environment"
        label="Environment"
        value={filters.environment ?? ''}
        options={withCurrent(
          [
            { value: '', label: 'All environments' },
            ...environments.map(name => ({ value: name, label: name })),
          ],
          filters.environment,
        )}
        helperText={
          props.environmentsFailed
            ? 'Could not load the environments'
            : undefined
        }
        onChange={environment => onChange({ environment })}
      />
      <FilterSelect
        id="errors-release"
        label="Release"
        value={filters.release ?? ''}
        options={withCurrent(
          [
            { value: '', label: 'All releases' },
            ...releases.map(version => ({
              value: version,
              label: shortVersion(version),
            })),
          ],
          filters.release,
        )}
        helperText={
          props.releasesFailed ? 'Could not load the releases' : undefined
        }
        onChange={release => onChange({ release })}
      />
      <FilterSelect
        id="errors-period"
        label="Period"
        value={filters.period}
        options={ERRORS_PERIODS.map(period => ({
          value: period,
          label: PERIOD_LABELS[period],
        }))}
        onChange={period => onChange({ period: period as ErrorsPeriod })}
      />
      <FilterSelect
        id="errors-sort"
        label="Order"
        value={filters.sort}
        options={ERRORS_SORTS.map(sort => ({
          value: sort,
          label: SORT_LABELS[sort],
        }))}
        onChange={sort => onChange({ sort: sort as ErrorsSort })}
      />
    </div>
  );
}
