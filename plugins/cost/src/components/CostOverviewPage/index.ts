export { CostOverviewContent } from './CostOverviewContent';
export { CostOverviewPage } from './CostOverviewPage';
export { CostOverviewIcon } from './CostOverviewIcon';
