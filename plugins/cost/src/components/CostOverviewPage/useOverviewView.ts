import { COST_GROUP_BYS, CostGroupBy } from '@internal/plugin-cost-common';
import { COST_PERIODS, CostPeriod } from '../period';
import { useSearchParamChoices } from '../useSearchParamChoices';

/** What the selector calls them. */
export const GROUP_BY_LABELS: Record<CostGroupBy, string> = {
  team: 'Team',
  service: 'Service',
  provider: 'Provider',
};

/** What the overview shows. */
export interface OverviewView {
  period: CostPeriod;
  groupBy: CostGroupBy;
}

const CHOICES = { period: COST_PERIODS, groupBy: COST_GROUP_BYS };

/**
 * The overview's period and grouping, mirrored into the page's search
 * parameters (`?period=last-month&groupBy=service`), as the Costs tab keeps
 * its period. Unknown values fall back to this month and teams.
 */
export function useOverviewView(): [
  OverviewView,
  (change: Partial<OverviewView>) => void,
] {
  return useSearchParamChoices<{ period: CostPeriod; groupBy: CostGroupBy }>(
    CHOICES,
  );
}
