/** What goes wrong in the demo history, and how badly. */
export type IncidentEffect =
  | {
      kind: 'error-burst';
      /** Share of work-route requests answered with 500, drawn per sample. */
      serverErrorRatio: { min: number; max: number };
    }
  | {
      kind: 'latency-regression';
      /** Log-normal latency of the work route while the regression lasts. */
      medianSeconds: number;
      sigma: number;
    }
  | {
      kind: 'traffic-surge';
      /** Work-route requests per second on the plateau. */
      requestsPerSecond: number;
      /** Linear ramp up at the start and down at the end. */
      rampSeconds: number;
    }
  | {
      kind: 'cpu-spike';
      /** CPU burnt on top of the normal load (a runaway job). */
      extraCores: number;
    };

export interface Incident {
  id: string;
  service: string;
  /** Unix seconds, inclusive. */
  start: number;
  /** Unix seconds, exclusive. */
  end: number;
  description: string;
  effect: IncidentEffect;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Where each incident sits: its start is `startsBeforeEnd` seconds before the history's end. */
export const INCIDENT_SCHEDULE: ReadonlyArray<
  Omit<Incident, 'start' | 'end'> & {
    startsBeforeEnd: number;
    durationSeconds: number;
  }
> = [
  {
    id: 'opportunity-agent-latency-regression',
    service: 'opportunity-agent',
    startsBeforeEnd: 6 * DAY + 10 * HOUR,
    durationSeconds: 2 * HOUR,
    description:
      'A release slows the work route down: p95 between 450 and 600 ms for two hours, until the rollback.',
    effect: { kind: 'latency-regression', medianSeconds: 0.28, sigma: 0.33 },
  },
  {
    id: 'inventory-backend-cpu-spike',
    service: 'inventory-backend',
    startsBeforeEnd: 4 * DAY + 13 * HOUR,
    durationSeconds: 90 * MINUTE,
    description:
      'A runaway re-index job burns 3.6 extra cores for 90 minutes; Railway scales to 5 instances, then back down.',
    effect: { kind: 'cpu-spike', extraCores: 3.6 },
  },
  {
    id: 'api-gateway-error-burst',
    service: 'api-gateway',
    startsBeforeEnd: 3 * DAY + 8 * HOUR,
    durationSeconds: 40 * MINUTE,
    description:
      'A bad configuration push: 9–13 % of work-route requests fail with 500 for 40 minutes.',
    effect: { kind: 'error-burst', serverErrorRatio: { min: 0.09, max: 0.13 } },
  },
  {
    id: 'api-gateway-scale-out',
    service: 'api-gateway',
    startsBeforeEnd: 2 * DAY + 10 * HOUR,
    durationSeconds: 80 * MINUTE,
    description:
      'A traffic surge to 240 requests/s (10-minute ramps, one-hour plateau): the HPA scales to its maximum of 10 replicas and CPU stays above target.',
    effect: {
      kind: 'traffic-surge',
      requestsPerSecond: 240,
      rampSeconds: 10 * MINUTE,
    },
  },
];

/** The incidents of a history that ends at `end` (unix seconds). */
export function incidentsFor(end: number): Incident[] {
  return INCIDENT_SCHEDULE.map(
    ({ startsBeforeEnd, durationSeconds, ...incident }) => ({
      ...incident,
      start: end - startsBeforeEnd,
      end: end - startsBeforeEnd + durationSeconds,
    }),
  );
}
