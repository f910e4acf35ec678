export { IssuesSummary } from './IssuesSummary';
