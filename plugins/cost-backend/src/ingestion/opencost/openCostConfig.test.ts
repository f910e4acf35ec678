import { ConfigReader } from '@backstage/config';
import { readOpenCostConfig } from './openCostConfig';

const read = (opencost: object) =>
  readOpenCostConfig(new ConfigReader({ opencost }));

describe('readOpenCostConfig', () => {
  it('is off without cost.opencost, and fills in the defaults', () => {
    expect(readOpenCostConfig(new ConfigReader({}))).toBeUndefined();
    expect(read({ baseUrl: 'http://opencost:9003' })).toEqual({
      baseUrl: 'http://opencost:9003',
      aggregate: 'label:app',
      tag: 'service',
      lookBackDays: 3,
      timeoutMs: 30_000,
      schedule: expect.objectContaining({ frequency: { hours: 1 } }),
    });
    expect(
      read({
        baseUrl: 'https://opencost.internal',
        aggregate: 'namespace',
        tag: 'namespace',
        lookBackDays: 35,
        timeout: { seconds: 5 },
        schedule: { frequency: { minutes: 10 }, timeout: { minutes: 2 } },
      }),
    ).toEqual(
      expect.objectContaining({
        aggregate: 'namespace',
        tag: 'namespace',
        lookBackDays: 35,
        timeoutMs: 5000,
        schedule: expect.objectContaining({ frequency: { minutes: 10 } }),
      }),
    );
  });

  it('names a bad look-back or URL', () => {
    expect(() => read({ baseUrl: 'http://o', lookBackDays: 0 })).toThrow(
      'cost.opencost.lookBackDays must be a whole number of days from 1 to 90, not 0',
    );
    expect(() => read({ baseUrl: 'opencost:9003' })).toThrow(
      'cost.opencost.baseUrl must be an http(s) URL, not opencost:9003',
    );
  });
});
