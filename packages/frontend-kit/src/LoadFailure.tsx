import { ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { formatError } from './formatError';

/**
 * What a tab shows when its backend could not answer: the error, as
 * `Could not load <what>: <why>`, and a button to try again.
 */
export function LoadFailure(props: {
  /** e.g. `the costs` */
  what: string;
  error: Error;
  retry: () => void;
}) {
  const { what, error, retry } = props;
  return (
    <>
      <ResponseErrorPanel
        title={`Could not load ${what}: ${formatError(error)}`}
        error={error}
      />
      <Box mt={2}>
        <Button variant="outlined" color="primary" onClick={retry}>
          Retry
        </Button>
      </Box>
    </>
  );
}
