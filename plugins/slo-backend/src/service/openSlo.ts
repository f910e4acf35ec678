import {
  durationMinutes,
  SloIndicator,
  SloWindow,
} from '@internal/plugin-slo-common';
import { parseAllDocuments } from 'yaml';
import { inferIndicator } from './indicator';

/** Good (or bad) and total event counters of a ratio indicator, as PromQL. */
export interface RatioQueries {
  good?: string;
  bad?: string;
  total: string;
}

/** An SLO read from an OpenSLO v1 document, ready to evaluate. */
export interface OpenSloDefinition {
  id: string;
  name: string;
  description?: string;
  indicator: SloIndicator;
  objective: number;
  window: SloWindow;
  ratio: RatioQueries;
}

export interface OpenSloParseResult {
  definitions: OpenSloDefinition[];
  /** What could not be read, each naming the file and the document. */
  problems: string[];
}

type Doc = Record<string, any>;

function readWindow(timeWindow: unknown): SloWindow {
  const first = Array.isArray(timeWindow) ? timeWindow[0] : undefined;
  if (!first || typeof first.duration !== 'string') {
    throw new Error('spec.timeWindow[0].duration is missing');
  }
  const duration: string = first.duration;
  if (first.isRolling === false) {
    if (duration === '1M') return { type: 'calendar', unit: 'month' };
    if (duration === '1w') return { type: 'calendar', unit: 'week' };
    throw new Error(
      `calendar window "${duration}" is not supported (use 1M or 1w)`,
    );
  }
  durationMinutes(duration); // throws on an unreadable duration
  return { type: 'rolling', duration };
}

function readQuery(metric: Doc | undefined, which: string): string | undefined {
  if (metric === undefined) return undefined;
  const source = metric?.metricSource;
  if (source?.type && String(source.type).toLowerCase() !== 'prometheus') {
    throw new Error(
      `ratioMetric.${which}.metricSource.type "${source.type}" is not Prometheus`,
    );
  }
  const query = source?.spec?.query;
  if (typeof query !== 'string' || !query.trim()) {
    throw new Error(`ratioMetric.${which}.metricSource.spec.query is missing`);
  }
  return query.trim();
}

function readRatio(indicator: Doc | undefined): RatioQueries {
  const ratio = indicator?.spec?.ratioMetric;
  if (!ratio) {
    throw new Error(
      'the indicator has no spec.ratioMetric (only ratio SLIs are supported)',
    );
  }
  const good = readQuery(ratio.good, 'good');
  const bad = readQuery(ratio.bad, 'bad');
  const total = readQuery(ratio.total, 'total');
  if (!total || (!good && !bad) || (good && bad)) {
    throw new Error('ratioMetric needs total and exactly one of good or bad');
  }
  return { good, bad, total };
}

/**
 * Reads every `kind: SLO` of an OpenSLO v1 file (several documents allowed;
 * `indicatorRef` resolves to a `kind: SLI` in the same file). One SLO per
 * objective. A broken document is reported and skipped; the others are kept.
 */
export function parseOpenSlo(file: string, text: string): OpenSloParseResult {
  const definitions: OpenSloDefinition[] = [];
  const problems: string[] = [];
  const docs: Doc[] = [];
  parseAllDocuments(text).forEach((document, i) => {
    if (document.errors.length) {
      problems.push(
        `${file}: document ${i + 1} is not valid YAML: ${
          document.errors[0].message
        }`,
      );
    } else {
      docs.push(document.toJS() as Doc);
    }
  });
  const slis = new Map(
    docs
      .filter(d => d?.kind === 'SLI' && d.metadata?.name)
      .map(d => [d.metadata.name as string, d]),
  );
  const slos = docs.filter(d => d?.kind === 'SLO');
  if (slos.length === 0 && problems.length === 0) {
    problems.push(`${file}: holds no OpenSLO document of kind SLO`);
  }
  for (const doc of slos) {
    const name = doc.metadata?.name;
    try {
      if (doc.apiVersion !== 'openslo/v1') {
        throw new Error(`apiVersion "${doc.apiVersion}" is not openslo/v1`);
      }
      if (typeof name !== 'string' || !name) {
        throw new Error('metadata.name is missing');
      }
      const indicator = doc.spec?.indicator ?? slis.get(doc.spec?.indicatorRef);
      if (!indicator) {
        throw new Error(
          doc.spec?.indicatorRef
            ? `indicatorRef "${doc.spec.indicatorRef}" names no SLI in this file`
            : 'spec.indicator or spec.indicatorRef is missing',
        );
      }
      const ratio = readRatio(indicator);
      const window = readWindow(doc.spec?.timeWindow);
      const objectives: Doc[] = Array.isArray(doc.spec?.objectives)
        ? doc.spec.objectives
        : [];
      if (objectives.length === 0) throw new Error('spec.objectives is empty');
      const targets = objectives.map((objective, i) => {
        const target = Number(objective?.target);
        if (!(target > 0 && target < 1)) {
          throw new Error(
            `spec.objectives[${i}].target must be a ratio between 0 and 1, got ${objective?.target}`,
          );
        }
        return target;
      });
      const title = doc.metadata.displayName ?? name;
      objectives.forEach((objective, i) => {
        const several = objectives.length > 1;
        definitions.push({
          id: several ? `${file}#${name}#${i}` : `${file}#${name}`,
          name: several ? objective.displayName ?? `${title} #${i + 1}` : title,
          description: doc.spec?.description,
          indicator: inferIndicator(name, [ratio.good, ratio.bad, ratio.total]),
          objective: targets[i],
          window,
          ratio,
        });
      });
    } catch (error) {
      problems.push(
        `${file}: SLO "${name ?? '?'}": ${(error as Error).message}`,
      );
    }
  }
  return { definitions, problems };
}
