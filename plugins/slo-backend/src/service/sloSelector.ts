import { SLO_SELECTOR_ANNOTATION } from '@internal/plugin-slo-common';

/** One `key=value` pair of a Grafana SLO selector. */
export interface SloLabel {
  key: string;
  value: string;
}

const LABEL_KEY = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Reads a `grafana.com/slo-selector` value: `key=value[,key=value]`, blanks
 * around keys and values ignored. Throws, naming the selector, on an empty
 * pair, a pair without exactly one `=`, an empty value, a key that is not a
 * Prometheus label name or a key given twice.
 */
export function parseSloSelector(text: string): SloLabel[] {
  const fail = (why: string): never => {
    throw new Error(
      `${SLO_SELECTOR_ANNOTATION} "${text}" is not key=value[,key=value]: ${why}`,
    );
  };
  const labels: SloLabel[] = [];
  text.split(',').forEach((pair, i) => {
    const parts = pair.split('=');
    if (!pair.trim()) fail(`pair ${i + 1} is empty`);
    if (parts.length !== 2) {
      fail(`"${pair.trim()}" needs exactly one =`);
    }
    const [key, value] = parts.map(part => part.trim());
    if (!LABEL_KEY.test(key)) {
      fail(`"${key}" is not a label name`);
    }
    if (!value) fail(`the value of "${key}" is empty`);
    if (labels.some(label => label.key === key)) {
      fail(`"${key}" is given twice`);
    }
    labels.push({ key, value });
  });
  return labels;
}

/** True when `labels` hold every pair of `selector` (and maybe more). */
export function matchesSelector(
  labels: readonly SloLabel[],
  selector: readonly SloLabel[],
): boolean {
  return selector.every(wanted =>
    labels.some(l => l.key === wanted.key && l.value === wanted.value),
  );
}
