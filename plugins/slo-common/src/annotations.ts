/** Grafana SLO labels that select the entity's SLOs: `key=value[,key=value]`. */
export const SLO_SELECTOR_ANNOTATION = 'grafana.com/slo-selector';

/** Path, relative to the entity's file, of an OpenSLO v1 YAML document. */
export const SLO_SPEC_ANNOTATION = 'agent-platform.io/slo-spec';

/** TechDocs path prefix the entity's runbooks live under. */
export const RUNBOOK_BASE_ANNOTATION = 'agent-platform.io/runbook-base';

/** The default of {@link RUNBOOK_BASE_ANNOTATION}. */
export const DEFAULT_RUNBOOK_BASE = 'runbooks/';

/** True when the entity carries an annotation the SLO plugin reads. */
export function hasSloAnnotation(entity: {
  metadata: { annotations?: Record<string, string> };
}): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return Boolean(
    annotations[SLO_SELECTOR_ANNOTATION] || annotations[SLO_SPEC_ANNOTATION],
  );
}
