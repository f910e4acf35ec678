import { Writable } from 'node:stream';
import { once } from 'node:events';
import { History, Labels } from './history';

/** Samples with `from <= timestamp < to` (unix seconds). */
export interface TimeWindow {
  from: number;
  to: number;
}

const CHUNK_CHARS = 1 << 16;

function escapeLabelValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/"/g, '\\"');
}

function formatLabels(labels: Labels): string {
  return labels.length === 0
    ? ''
    : `{${labels
        .map(([name, value]) => `${name}="${escapeLabelValue(value)}"`)
        .join(',')}}`;
}

/**
 * Writes the history as OpenMetrics text: each family once (`# TYPE`,
 * `# HELP`), then per metric its points in time order (a histogram point is
 * its buckets, `_count` and `_sum`), values with timestamps in seconds, and
 * `# EOF`. Streams in chunks and honours backpressure.
 */
export async function writeOpenMetrics(
  history: History,
  out: Writable,
  window: TimeWindow = { from: -Infinity, to: Infinity },
): Promise<void> {
  const { timestamps } = history;
  const first = timestamps.findIndex(t => t >= window.from);
  const endIndex = timestamps.findIndex(t => t >= window.to);
  const indices = {
    from: first === -1 ? timestamps.length : first,
    to: endIndex === -1 ? timestamps.length : endIndex,
  };
  let chunk = '';
  const flush = async () => {
    if (!out.write(chunk)) {
      await once(out, 'drain');
    }
    chunk = '';
  };

  for (const family of history.families) {
    chunk += `# TYPE ${family.name} ${family.type}\n# HELP ${family.name} ${family.help}\n`;
    for (const metric of family.metrics) {
      const prefixes = metric.series.map(
        series => `${series.name}${formatLabels(series.labels)} `,
      );
      for (let i = indices.from; i < indices.to; i++) {
        const suffix = ` ${timestamps[i]}\n`;
        for (let s = 0; s < prefixes.length; s++) {
          chunk += prefixes[s] + metric.series[s].values[i] + suffix;
        }
        if (chunk.length >= CHUNK_CHARS) {
          await flush();
        }
      }
    }
  }
  chunk += '# EOF\n';
  await flush();
}
