import { inferIndicator } from './indicator';

describe('inferIndicator', () => {
  it('reads latency from the name', () => {
    expect(inferIndicator('Checkout latency', [])).toBe('latency');
  });

  it('reads latency from a histogram or duration query when the name does not say so', () => {
    expect(
      inferIndicator('fast enough', [
        'http_request_duration_seconds_bucket{le="0.4"}',
      ]),
    ).toBe('latency');
    expect(inferIndicator('p99', [undefined, 'rpc_duration_total'])).toBe(
      'latency',
    );
  });

  it('is availability otherwise, whatever the case of the words', () => {
    expect(
      inferIndicator('api-gateway availability', [
        'http_requests_total{code!~"5.."}',
        undefined,
        'http_requests_total',
      ]),
    ).toBe('availability');
    expect(inferIndicator('LATENCY', [])).toBe('latency');
  });
});
