import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_RUNBOOK_BASE,
  RUNBOOK_BASE_ANNOTATION,
  SloIndicator,
} from '@internal/plugin-slo-common';

const RUNBOOK_FOR: Record<SloIndicator, string> = {
  latency: 'high-latency',
  availability: 'high-error-rate',
};

/**
 * The portal path of the entity's TechDocs runbook for a kind of SLO, e.g.
 * `/docs/default/component/api-gateway/runbooks/high-latency/`; undefined
 * when the entity has no TechDocs.
 */
export function runbookUrl(
  entity: Entity,
  indicator: SloIndicator,
): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  if (!annotations['backstage.io/techdocs-ref']) return undefined;
  const trimmed = (
    annotations[RUNBOOK_BASE_ANNOTATION] ?? DEFAULT_RUNBOOK_BASE
  ).replace(/^\/+|\/+$/g, '');
  const base = trimmed ? `${trimmed}/` : '';
  const path = [
    encodeURIComponent(entity.metadata.namespace ?? 'default'),
    encodeURIComponent(entity.kind.toLocaleLowerCase('en-US')),
    encodeURIComponent(entity.metadata.name),
  ].join('/');
  return `/docs/${path}/${base}${RUNBOOK_FOR[indicator]}/`;
}
