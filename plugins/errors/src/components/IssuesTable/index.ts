export { IssuesTable } from './IssuesTable';
