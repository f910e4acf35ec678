import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { CostStore } from '../database/CostStore';
import { focusSourceRun } from './focusSources';

const deps = {
  store: {} as CostStore,
  logger: mockServices.logger.mock(),
  targets: async () => [],
};
const run = (source: object) =>
  focusSourceRun(new ConfigReader(source), 2, deps);

describe('focusSourceRun', () => {
  it('takes a directory or a url, named', () => {
    expect(run({ name: 'aws', directory: '/var/focus' }).name).toBe('aws');
    expect(
      run({
        name: 'export',
        url: 'https://billing.example.com/focus.csv',
        headers: { Authorization: 'Bearer x' },
        timeout: { minutes: 30 },
      }).name,
    ).toBe('export');
  });

  it('names an entry with both, neither or a URL that is not http(s)', () => {
    expect(() =>
      run({ name: 'x', directory: '/d', url: 'https://e.com/f.csv' }),
    ).toThrow('cost.sources[2] (x) needs a directory or a url, and not both');
    expect(() => run({ name: 'x' })).toThrow(
      'cost.sources[2] (x) needs a directory or a url, and not both',
    );
    expect(() => run({ name: 'x', url: 'file:///etc/passwd' })).toThrow(
      'cost.sources[2].url must be an http(s) URL',
    );
  });
});
