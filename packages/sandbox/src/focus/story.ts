import { SANDBOX_MONTHLY_BUDGETS } from './budgets';
import { dollars, formatNanos } from './amounts';
import {
  DAY_SECONDS,
  isoDay,
  lastDayFor,
  monthOf,
  monthsAfter,
} from './calendar';

const HOUR = 3600;

/**
 * What the FOCUS files tell, besides costs that follow the traffic and the
 * incidents of the Prometheus history (`INCIDENT_SCHEDULE`):
 *
 * - `overBudget`: this month's spend of one service, up to and including
 *   the last day in the files, is `percentOfBudget` % of its monthly budget,
 *   exactly, whatever the day of the month, measured as the portal does:
 *   its own rows, its share of the Resources it depends on
 *   (`SANDBOX_SERVICE_DEPENDENCIES`, each Resource's spend ÷
 *   `SANDBOX_RESOURCE_DEPENDENTS`) and its staging copy's OpenCost
 *   allocations;
 * - `warning`: another one's is at `percentOfBudget` %, between the
 *   portal's 80 % warning and 96 % critical thresholds;
 * - `spike`: months ago, a runaway loop made one service's cost jump for
 *   four days.
 */
export const FOCUS_STORY = {
  overBudget: {
    service: 'orchestrator',
    percentOfBudget: 112,
    cause:
      'A retry storm since the 1st of the month: the orchestrator logs every retried step with its payload to the log group /agents-prod/agents/orchestrator/retries, and CloudWatch Logs ingestion takes its month-to-date spend over budget.',
  },
  warning: {
    service: 'inventory-frontend',
    percentOfBudget: 85,
    cause:
      "Crawlers since the 1st of the month: Vercel bills the Edge Requests beyond the Pro plan's allowance.",
  },
  spike: {
    service: 'expansion-agent',
    /** In the month this many months before the current one. */
    monthsBeforeEnd: 4,
    /** From the 14th at 11:00 UTC … */
    start: { dayOfMonth: 14, hour: 11 },
    /** … to the 17th at 16:00 UTC, when the fix is deployed. */
    end: { dayOfMonth: 17, hour: 16 },
    /** Amazon Bedrock calls the loop adds, each with the long prompts of a re-sent context. */
    extraModelCallsPerHour: 900,
    cause:
      'A loop in the opportunity-to-expansion workflow re-invokes expansion-agent for the same accounts: its Amazon Bedrock token spend jumps for four days, until the fix.',
  },
} as const;

/** A service's month-to-date spend the story fixes. */
export interface FocusBudgetStory {
  service: string;
  /** USD, `agent-platform.io/monthly-budget` */
  monthlyBudget: string;
  /**
   * USD: the month's spend up to the last day in the files as the portal
   * rolls it up, exactly: the `EffectiveCost` tagged with the service, plus
   * each Resource in its `spec.dependsOn` ÷ that Resource's dependents
   * (rounded to the nano, half to even; the lower of the month's and the
   * Costs tab's day-by-day rounding, which can be a few nanos higher),
   * plus its staging copy's OpenCost allocations of those whole days
   */
  monthToDate: string;
  percentOfBudget: number;
}

/** The story of the files for one history end, in dates and amounts. */
export interface FocusStory {
  /** `YYYY-MM`: the current, partial month */
  month: string;
  /** `YYYY-MM-DD`: the last day in the files (the day before `end`) */
  lastDay: string;
  overBudget: FocusBudgetStory;
  warning: FocusBudgetStory;
  /** Absent when the files do not reach back to its month. */
  spike?: {
    service: string;
    /** Unix seconds, inclusive */
    start: number;
    /** Unix seconds, exclusive */
    end: number;
    /** `YYYY-MM-DD` of each day the loop ran, in order */
    days: string[];
  };
}

function budgetStory(story: {
  service: string;
  percentOfBudget: number;
}): FocusBudgetStory {
  const monthlyBudget = SANDBOX_MONTHLY_BUDGETS[story.service];
  const target =
    (dollars(monthlyBudget) * BigInt(story.percentOfBudget)) / 100n;
  return {
    service: story.service,
    monthlyBudget,
    monthToDate: formatNanos(target),
    percentOfBudget: story.percentOfBudget,
  };
}

/**
 * {@link FOCUS_STORY} placed in the files for a history that ends at `end`
 * (unix seconds) and covers `months` months (default 13).
 */
export function focusStoryFor(options: {
  end: number;
  months?: number;
}): FocusStory {
  const months = options.months ?? 13;
  const lastDay = lastDayFor(options.end);
  const month = monthOf(lastDay).id;
  const story: FocusStory = {
    month,
    lastDay: isoDay(lastDay),
    overBudget: budgetStory(FOCUS_STORY.overBudget),
    warning: budgetStory(FOCUS_STORY.warning),
  };
  const { spike } = FOCUS_STORY;
  if (months > spike.monthsBeforeEnd) {
    const { firstDay } = monthsAfter(lastDay, -spike.monthsBeforeEnd);
    const at = (point: { dayOfMonth: number; hour: number }) =>
      (firstDay + point.dayOfMonth - 1) * DAY_SECONDS + point.hour * HOUR;
    const days: string[] = [];
    for (let d = spike.start.dayOfMonth; d <= spike.end.dayOfMonth; d++) {
      days.push(isoDay(firstDay + d - 1));
    }
    story.spike = {
      service: spike.service,
      start: at(spike.start),
      end: at(spike.end),
      days,
    };
  }
  return story;
}
