import { fillQuery } from './fillQuery';

describe('fillQuery', () => {
  it('replaces every placeholder, escaping quotes and backslashes', () => {
    expect(
      fillQuery(
        'x{namespace="{{namespace}}",hpa="{{workload}}",svc="{{service}}",again="{{service}}"}',
        { service: 'a"b\\c', workload: 'api-gateway', namespace: 'agents' },
      ),
    ).toBe(
      'x{namespace="agents",hpa="api-gateway",svc="a\\"b\\\\c",again="a\\"b\\\\c"}',
    );
  });

  it('refuses a placeholder it has no value for, naming it', () => {
    expect(() =>
      fillQuery('x{namespace="{{namespace}}"}', { service: 'inventory' }),
    ).toThrow('{{namespace}} has no value in "x{namespace="{{namespace}}"}"');
  });
});
