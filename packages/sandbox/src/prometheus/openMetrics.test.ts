import { createHash } from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';
import { generateHistory, History, HistoryOptions } from './history';
import { writeOpenMetrics, TimeWindow } from './openMetrics';

const HOUR = 3600;
const DAY = 24 * HOUR;
const END = Date.UTC(2026, 3, 20) / 1000;

async function text(history: History, window?: TimeWindow) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', chunk => chunks.push(chunk));
  await writeOpenMetrics(history, out, window);
  return Buffer.concat(chunks).toString('utf8');
}

async function sha256(options: HistoryOptions): Promise<string> {
  const hash = createHash('sha256');
  const out = new Writable({
    write(chunk, _encoding, done) {
      hash.update(chunk);
      done();
    },
  });
  await writeOpenMetrics(generateHistory(options), out);
  return hash.digest('hex');
}

const SUFFIXES: Record<string, string[]> = {
  counter: ['_total'],
  gauge: [''],
  histogram: ['_bucket', '_count', '_sum'],
};

describe('writeOpenMetrics', () => {
  it('writes valid OpenMetrics: families once, samples in time order per series, # EOF', async () => {
    const history = generateHistory({
      end: END,
      durationSeconds: 3 * HOUR,
      services: ['api-gateway', 'inventory-backend'],
    });
    const lines = (await text(history)).split('\n');

    expect(lines.slice(-2)).toEqual(['# EOF', '']);
    const families: string[] = [];
    const lastTime = new Map<string, number>();
    const problems: string[] = [];
    let family = { name: '', type: '' };
    let samples = 0;
    for (const line of lines.slice(0, -2)) {
      const type = line.match(/^# TYPE (\S+) (counter|gauge|histogram)$/);
      const help = line.match(/^# HELP (\S+) /);
      const sample = line.match(/^([a-z_]+)(\{[^}]*\}) (-?[0-9.e+]+) (\d+)$/);
      if (type) {
        families.push(type[1]);
        family = { name: type[1], type: type[2] };
      } else if (help) {
        if (help[1] !== family.name) {
          problems.push(`HELP for ${help[1]} inside ${family.name}`);
        }
      } else if (sample) {
        const [, name, labels, , time] = sample;
        if (
          !name.startsWith(family.name) ||
          !SUFFIXES[family.type].includes(name.slice(family.name.length))
        ) {
          problems.push(`${name} inside family ${family.name}`);
        }
        const key = name + labels;
        if (Number(time) <= (lastTime.get(key) ?? -Infinity)) {
          problems.push(`${key} goes back in time at ${time}`);
        }
        lastTime.set(key, Number(time));
        samples++;
      } else {
        problems.push(`not OpenMetrics: ${line}`);
      }
    }
    expect(problems).toEqual([]);
    expect(families).toEqual(history.families.map(f => f.name));
    const series = history.families.flatMap(f =>
      f.metrics.flatMap(m => m.series),
    );
    expect(samples).toBe(series.length * history.timestamps.length);
    expect(lastTime.size).toBe(series.length);
    expect(lines).toContain(
      `http_requests_total{service="api-gateway",namespace="agents",route="/v1/invoke",code="500"} 0 ${
        END - 3 * HOUR
      }`,
    );
  });

  it('writes only the samples inside a window', async () => {
    const window = { from: END - HOUR, to: END };
    const out = await text(
      generateHistory({
        end: END,
        durationSeconds: 3 * HOUR,
        services: ['inventory-frontend'],
      }),
      window,
    );
    const times = out
      .split('\n')
      .filter(line => line && !line.startsWith('#'))
      .map(line => Number(line.split(' ').pop()));
    expect(Math.min(...times)).toBe(window.from);
    expect(Math.max(...times)).toBe(window.to - 60);
  });

  it('is deterministic: the same seed and end give the same bytes', async () => {
    const options = {
      end: END,
      durationSeconds: 7 * DAY,
      fineDurationSeconds: 0,
    };
    const first = await sha256(options);
    expect(await sha256(options)).toBe(first);
    expect(await sha256({ ...options, seed: 7 })).not.toBe(first);
  });
});
