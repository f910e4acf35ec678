import {
  Link,
  SubvalueCell,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { ErrorIssue } from '@internal/plugin-errors-common';
import { useMemo } from 'react';
import { IssueLevelChip, LEVEL_ORDER } from '../IssueLevelChip';
import { formatCount } from '../format';
import { RelativeTime } from '@internal/frontend-kit';

const PAGE_SIZE = 20;

const rank = (level: string) => {
  const index = LEVEL_ORDER.indexOf(level);
  return index === -1 ? LEVEL_ORDER.length : index;
};

const byTime =
  (field: 'firstSeen' | 'lastSeen') => (a: ErrorIssue, b: ErrorIssue) =>
    Date.parse(a[field]) - Date.parse(b[field]);

const capitalize = (word: string) =>
  word.charAt(0).toLocaleUpperCase('en-US') + word.slice(1);

const columns: TableColumn<ErrorIssue>[] = [
  {
    title: 'Level',
    field: 'level',
    width: '96px',
    customSort: (a, b) => rank(a.level) - rank(b.level),
    render: issue => <IssueLevelChip level={issue.level} />,
  },
  {
    title: 'Issue',
    field: 'title',
    width: '40%',
    highlight: true,
    render: issue => (
      <SubvalueCell value={issue.title} subvalue={issue.culprit} />
    ),
  },
  {
    title: 'Events',
    field: 'count',
    type: 'numeric',
    render: issue => formatCount(issue.count),
  },
  {
    title: 'Users',
    field: 'userCount',
    type: 'numeric',
    render: issue => formatCount(issue.userCount),
  },
  {
    title: 'First seen',
    field: 'firstSeen',
    customSort: byTime('firstSeen'),
    render: issue => <RelativeTime iso={issue.firstSeen} />,
  },
  {
    title: 'Last seen',
    field: 'lastSeen',
    customSort: byTime('lastSeen'),
    render: issue => <RelativeTime iso={issue.lastSeen} />,
  },
  {
    title: 'Status',
    field: 'status',
    render: issue => capitalize(issue.status),
  },
  {
    title: 'Sentry',
    sorting: false,
    render: issue => (
      <Link
        to={issue.permalink}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={`Open ${issue.shortId} in Sentry`}
      >
        Open in Sentry
      </Link>
    ),
  },
];

/** The issues in Sentry's order, sortable by any column but the link. */
export function IssuesTable(props: { issues: ErrorIssue[] }) {
  // the table writes its own state into the rows; keep the answer untouched
  const rows = useMemo(
    () => props.issues.map(issue => ({ ...issue })),
    [props.issues],
  );
  return (
    <Table<ErrorIssue>
      title="Issues"
      columns={columns}
      data={rows}
      options={{
        padding: 'dense',
        search: true,
        paging: rows.length > PAGE_SIZE,
        pageSize: PAGE_SIZE,
        pageSizeOptions: [PAGE_SIZE, 50, 100],
        draggable: false,
      }}
    />
  );
}
