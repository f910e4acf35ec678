import { counterIncrease, secondsRange, sliQuery, windowRange } from './promql';

describe('counterIncrease', () => {
  it('wraps a series selector in sum(increase(…[range]))', () => {
    expect(
      counterIncrease(
        'http_requests_total{service="api-gateway",route="/v1/invoke",code!~"5.."}',
        '30d',
      ),
    ).toBe(
      'sum(increase(http_requests_total{service="api-gateway",route="/v1/invoke",code!~"5.."}[30d]))',
    );
  });

  it('wraps a bare metric name', () => {
    expect(counterIncrease('http_requests_total', '5m')).toBe(
      'sum(increase(http_requests_total[5m]))',
    );
  });

  it('substitutes every {{.window}} of a Sloth-style query and sums it', () => {
    expect(
      counterIncrease(
        'increase(a_total{x="1"}[{{.window}}]) + increase(b_total[{{.window}}])',
        '1h',
      ),
    ).toBe('sum(increase(a_total{x="1"}[1h]) + increase(b_total[1h]))');
  });

  it.each([
    'rate(http_requests_total[5m])',
    'sum(http_requests_total)',
    'a_total / b_total',
    'http_requests_total[5m]',
  ])('rejects %s, which is neither a selector nor templated', query => {
    expect(() => counterIncrease(query, '30d')).toThrow(
      `"${query}" is neither a series selector nor a query with {{.window}}`,
    );
  });
});

describe('sliQuery', () => {
  it('divides good by total, counting no good series as zero', () => {
    expect(
      sliQuery({ good: 'req_total{code!~"5.."}', total: 'req_total' }, '30d'),
    ).toBe(
      '(sum(increase(req_total{code!~"5.."}[30d])) or vector(0)) / sum(increase(req_total[30d]))',
    );
  });

  it('subtracts bad / total from 1, counting no bad series as zero', () => {
    expect(
      sliQuery({ bad: 'req_total{code=~"5.."}', total: 'req_total' }, '1h'),
    ).toBe(
      '1 - ((sum(increase(req_total{code=~"5.."}[1h])) or vector(0)) / sum(increase(req_total[1h])))',
    );
  });

  it('uses the range for good and total alike when they are templated', () => {
    expect(
      sliQuery(
        {
          good: 'rate(ok_total[{{.window}}])',
          total: 'rate(all_total[{{.window}}])',
        },
        '2592000s',
      ),
    ).toBe(
      '(sum(rate(ok_total[2592000s])) or vector(0)) / sum(rate(all_total[2592000s]))',
    );
  });

  it('refuses a total that cannot be turned into an increase', () => {
    expect(() =>
      sliQuery({ good: 'ok_total', total: 'rate(all_total[5m])' }, '30d'),
    ).toThrow(/neither a series selector/);
  });
});

describe('secondsRange', () => {
  it('gives whole seconds', () => {
    // 1 day = 24 × 60 × 60 × 1000 ms = 86 400 000 ms → 86400 s
    expect(secondsRange(86_400_000)).toBe('86400s');
    // 2 500 ms → 2.5 s, rounded to 3 s
    expect(secondsRange(2_500)).toBe('3s');
    // 1 499 ms → 1.499 s, rounded to 1 s
    expect(secondsRange(1_499)).toBe('1s');
  });

  it('never gives an empty range, even at the very start of a calendar window', () => {
    // PromQL rejects [0s]: 0 ms and 400 ms (rounds to 0 s) become 1 s
    expect(secondsRange(0)).toBe('1s');
    expect(secondsRange(400)).toBe('1s');
  });
});

describe('windowRange', () => {
  // Tuesday 2026-03-10 12:00 UTC
  const at = Date.parse('2026-03-10T12:00:00Z');

  it('uses the duration of a rolling window as it is', () => {
    expect(windowRange({ type: 'rolling', duration: '28d' }, at)).toBe('28d');
  });

  it('measures a calendar month from its first day (UTC)', () => {
    // 2026-03-01T00:00Z → 2026-03-10T12:00Z = 9.5 d × 86 400 s = 820 800 s
    expect(windowRange({ type: 'calendar', unit: 'month' }, at)).toBe(
      '820800s',
    );
  });

  it('measures a calendar week from its Monday (UTC)', () => {
    // Monday 2026-03-09T00:00Z → Tuesday 12:00Z = 36 h × 3 600 s = 129 600 s
    expect(windowRange({ type: 'calendar', unit: 'week' }, at)).toBe('129600s');
  });
});
