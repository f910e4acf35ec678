import { DEFAULT_POLICY_QUERIES } from './policyQueries';
import { readPolicyReadings } from './readPolicyReadings';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const T = NOW / 1000;

describe('readPolicyReadings', () => {
  it('reads each query for the service and finds the last change of instances', async () => {
    const asked: string[] = [];
    const prometheus = {
      query: async (query: string, time: number) => {
        asked.push(query);
        const value = () => {
          if (query.startsWith('railway')) return 3;
          if (query.includes('histogram_quantile')) return NaN;
          return query.includes('cpu') ? 85.5 : 40;
        };
        return [{ metric: {}, time, value: value() }];
      },
      queryRange: async () => [
        {
          metric: { service: 'inventory-backend' },
          points: [2, 2, 3, 3, 3].map((value, i) => ({
            time: T - 240 + i * 60,
            value,
          })),
        },
      ],
    };
    expect(
      await readPolicyReadings(
        prometheus,
        DEFAULT_POLICY_QUERIES,
        'inventory-backend',
        NOW,
        600,
      ),
    ).toEqual({
      instances: 3,
      cpu: 85.5,
      memory: 40,
      p95Ms: undefined,
      // the change from 2 to 3 was seen at T − 120
      lastScaleTime: NOW - 120_000,
    });
    expect(asked[0]).toBe(
      'railway_service_replicas{service="inventory-backend"}',
    );
  });
});
