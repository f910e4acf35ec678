import { RunningHttpServer } from '../http';
import { startOpenCost } from './server';

// the end of the history served on 2 December 2026: the next midnight UTC
const END = Date.parse('2026-12-03T00:00:00Z') / 1000;

describe('the OpenCost stand-in', () => {
  let opencost: RunningHttpServer;
  beforeAll(async () => {
    opencost = await startOpenCost({ port: 0, end: END });
  });
  afterAll(() => opencost.stop());

  const get = async (query: string) => {
    const res = await fetch(`${opencost.url}/allocation?${query}`);
    return { status: res.status, body: await res.json() };
  };

  it('answers a set per day by label, today a whole day as in the FOCUS files', async () => {
    const { status, body } = await get(
      'window=2026-11-30T00:00:00Z,2026-12-04T00:00:00Z&aggregate=label:app&step=1d&accumulate=false',
    );

    expect(status).toBe(200);
    expect(body.code).toBe(200);
    expect(body.data).toHaveLength(3);
    const [first, , today] = body.data;
    expect(Object.keys(first).sort()).toEqual([
      '__idle__',
      'api-gateway',
      'expansion-agent',
      'integrity-agent',
      'opportunity-agent',
      'orchestrator',
      'realization-agent',
      'target-agent',
    ]);
    // 2 replicas × 0.5 vCPU × 24 h × $0.031611 = 0.758664, and
    // 2 × 0.75 GiB × 24 h × $0.004237 = 0.152532
    expect(first.orchestrator).toEqual(
      expect.objectContaining({
        name: 'orchestrator',
        properties: {
          cluster: 'agents-staging',
          namespace: 'agents-staging',
          labels: { app: 'orchestrator' },
        },
        window: { start: '2026-11-30T00:00:00Z', end: '2026-12-01T00:00:00Z' },
        cpuCost: 0.758664,
        ramCost: 0.152532,
        totalCost: 0.911196,
      }),
    );
    // 2 nodes × (2 vCPU and 8 GiB) less what the workloads request:
    // 0.75 vCPU × 24 × 0.031611 + 11 GiB × 24 × 0.004237
    expect(first.__idle__.totalCost).toBe(1.687566);
    // up to the end, not the wall clock: the whole of 2 December, nothing of the 3rd
    expect(today.orchestrator.window).toEqual({
      start: '2026-12-02T00:00:00Z',
      end: '2026-12-03T00:00:00Z',
    });
    expect(today.orchestrator.totalCost).toBe(0.911196);
  });

  it('aggregates by namespace and accumulates a window into one set', async () => {
    const { body } = await get(
      'window=2026-11-30T00:00:00Z,2026-12-01T00:00:00Z&aggregate=namespace&accumulate=true',
    );

    // the cluster's 2 × (2 × 24 × 0.031611 + 8 × 24 × 0.004237) = 4.661664 a day
    expect(body.data).toHaveLength(1);
    expect(body.data[0]['agents-staging'].totalCost).toBe(2.974098);
    expect(body.data[0].__idle__.totalCost).toBe(1.687566);
  });

  it('counts a relative window back from the end, and cuts a window at it', async () => {
    const { body } = await get('window=36h&aggregate=label:app&step=1d');
    // 1 December from noon, then the whole of 2 December
    expect(
      body.data.map((set: any) => [
        set.orchestrator.window.start,
        set.orchestrator.window.end,
        set.orchestrator.totalCost,
      ]),
    ).toEqual([
      ['2026-12-01T12:00:00Z', '2026-12-02T12:00:00Z', 0.911196],
      ['2026-12-02T12:00:00Z', '2026-12-03T00:00:00Z', 0.455598],
    ]);
    const cut = await get(
      'window=2026-12-02T12:00:00Z,2026-12-05T00:00:00Z&aggregate=label:app&accumulate=true',
    );
    // half a day: 2 × 0.5 vCPU × 12 h × $0.031611 + 2 × 0.75 GiB × 12 h × $0.004237
    expect(cut.body.data[0].orchestrator.totalCost).toBe(0.455598);
  });

  it('ends at the next midnight UTC by default', async () => {
    const started = Date.now();
    const fallback = await startOpenCost({ port: 0 });
    try {
      const res = await fetch(
        `${fallback.url}/allocation?window=2d&aggregate=cluster&step=1d`,
      );
      const { data } = await res.json();
      const midnight = (Math.floor(started / 86_400_000) + 1) * 86_400_000;
      // the day before today and today, whole (unless midnight passed meanwhile)
      expect(data).toHaveLength(2);
      expect(
        Date.parse(data[1]['agents-staging'].window.end),
      ).toBeGreaterThanOrEqual(midnight);
      expect(data[1]['agents-staging'].totalCost).toBe(4.661664);
    } finally {
      await fallback.stop();
    }
  });

  it('answers 400 for a bad window, step or aggregate, and nothing after the end', async () => {
    expect((await get('aggregate=namespace')).status).toBe(400);
    expect((await get('window=yesterday')).body.message).toContain(
      'window must be',
    );
    expect((await get('window=7d&step=1h')).status).toBe(400);
    expect((await get('window=7d&aggregate=pod')).status).toBe(400);
    expect(
      (await get('window=2026-12-03T00:00:00Z,2026-12-04T00:00:00Z')).body.data,
    ).toEqual([]);
  });
});
