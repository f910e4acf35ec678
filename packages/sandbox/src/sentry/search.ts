import { IssueStatus } from './issues';

/** The parts of Sentry's issue search the stand-in understands. */
export interface IssueSearch {
  /** `is:unresolved|resolved|ignored`; every one must hold. */
  statuses: IssueStatus[];
  /** `release:"…"`: only events of that release count. */
  release?: string;
  /** Free text; each term must be in the title (case-insensitive). */
  text: string[];
}

const STATUSES: readonly string[] = ['unresolved', 'resolved', 'ignored'];

// key:value (value maybe quoted), a quoted phrase, or a word
const TOKEN =
  /(!?)([A-Za-z_.]+):("(?:[^"\\]|\\.)*"|[^\s"]*)|"((?:[^"\\]|\\.)*)"|(\S+)/g;

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

function unquote(value: string): string {
  return value.startsWith('"') ? unescape(value.slice(1, -1)) : value;
}

/**
 * Reads a Sentry search query (`is:unresolved release:"api@1.0" timeout`).
 * Other `key:value` terms and negated terms (`!key:value`) are ignored; a
 * later `release:` replaces an earlier one.
 */
export function parseIssueSearch(query: string): IssueSearch {
  const search: IssueSearch = { statuses: [], text: [] };
  for (const [, negated, key, value, phrase, word] of query.matchAll(TOKEN)) {
    if (key !== undefined) {
      if (negated) continue;
      const text = unquote(value);
      if (key === 'is' && STATUSES.includes(text)) {
        search.statuses.push(text as IssueStatus);
      } else if (key === 'release') {
        search.release = text;
      }
    } else {
      const text = phrase !== undefined ? unescape(phrase) : word;
      if (text) search.text.push(text.toLowerCase());
    }
  }
  return search;
}

/** Whether an issue's status and title pass the search (its release is checked on the events). */
export function matchesSearch(
  issue: { status: IssueStatus; title: string },
  search: IssueSearch,
): boolean {
  const title = issue.title.toLowerCase();
  return (
    search.statuses.every(status => status === issue.status) &&
    search.text.every(term => title.includes(term))
  );
}
