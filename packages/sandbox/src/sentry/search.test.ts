import { matchesSearch, parseIssueSearch } from './search';

describe('parseIssueSearch', () => {
  it('reads statuses, a quoted release with escapes and free text', () => {
    expect(
      parseIssueSearch(
        'is:unresolved release:"api-gateway@2026.11.16 \\"rc\\"" Upstream "route table"',
      ),
    ).toEqual({
      statuses: ['unresolved'],
      release: 'api-gateway@2026.11.16 "rc"',
      text: ['upstream', 'route table'],
    });
  });

  it('reads an unquoted release and ignores unknown and negated terms', () => {
    expect(
      parseIssueSearch(
        'release:api-gateway@2026.11.16 is:unassigned assigned:me !is:resolved',
      ),
    ).toEqual({
      statuses: [],
      release: 'api-gateway@2026.11.16',
      text: [],
    });
  });

  it('reads an empty query as no filter', () => {
    expect(parseIssueSearch('')).toEqual({ statuses: [], text: [] });
  });
});

describe('matchesSearch', () => {
  const issue = {
    status: 'unresolved' as const,
    title: 'ReadTimeout: timed out',
  };

  it.each([
    ['', true],
    ['is:unresolved', true],
    ['is:resolved', false],
    ['is:unresolved is:ignored', false],
    ['timed OUT', true],
    ['"out timed"', false],
    ['readtimeout other', false],
  ])('%j → %s', (query, expected) => {
    expect(matchesSearch(issue, parseIssueSearch(query))).toBe(expected);
  });
});
