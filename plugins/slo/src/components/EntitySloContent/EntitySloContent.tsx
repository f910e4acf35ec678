import {
  CodeSnippet,
  EmptyState,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import {
  SLO_SELECTOR_ANNOTATION,
  SLO_SPEC_ANNOTATION,
} from '@internal/plugin-slo-common';
import Grid from '@material-ui/core/Grid';
import { SloCard } from '../SloCard';
import { formatSource } from '../format';
import { useEntitySlos } from '../useEntitySlos';
import { LoadFailure } from '@internal/frontend-kit';

const EXAMPLE = `metadata:
  annotations:
    # SLOs defined in Grafana SLO, selected by their labels
    ${SLO_SELECTOR_ANNOTATION}: service=my-service
    # or an OpenSLO v1 file next to catalog-info.yaml, evaluated on Prometheus
    ${SLO_SPEC_ANNOTATION}: ./slo.yaml`;

function NotConfigured() {
  return (
    <EmptyState
      missing="field"
      title="No SLOs configured for this entity"
      description={
        <>
          Add the <code>{SLO_SELECTOR_ANNOTATION}</code> annotation to show the
          entity's Grafana SLOs, or <code>{SLO_SPEC_ANNOTATION}</code> to
          evaluate an OpenSLO file on Prometheus.
        </>
      }
      action={<CodeSnippet text={EXAMPLE} language="yaml" showCopyCodeButton />}
    />
  );
}

function NoneFound(props: { annotations: Record<string, string> }) {
  const configured = [SLO_SELECTOR_ANNOTATION, SLO_SPEC_ANNOTATION]
    .filter(name => props.annotations[name])
    .map(name => `${name}: ${props.annotations[name]}`);
  return (
    <EmptyState
      missing="data"
      title="No SLOs found"
      description={
        <>
          Nothing matched <code>{configured.join(', ')}</code>. Check the
          selector's labels in Grafana SLO, or the path of the OpenSLO file
          relative to the entity's catalog-info.yaml.
        </>
      }
    />
  );
}

/** The SLOs tab of an entity: one card per SLO. */
export function EntitySloContent() {
  const { entity, entityRef, annotated, value, loading, error, retry } =
    useEntitySlos();

  if (!annotated) {
    return <NotConfigured />;
  }
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <LoadFailure what="the SLOs" error={error} retry={retry} />;
  }

  const slos = value?.slos ?? [];
  const sourceErrors = value?.errors ?? [];

  return (
    <Grid container spacing={3} alignItems="stretch">
      {sourceErrors.map(sourceError => (
        <Grid item xs={12} key={`${sourceError.source}:${sourceError.message}`}>
          <WarningPanel
            title={`SLOs from ${formatSource(sourceError.source)} are missing`}
            message={sourceError.message}
            defaultExpanded
          />
        </Grid>
      ))}
      {slos.length === 0 && sourceErrors.length === 0 && (
        <Grid item xs={12}>
          <NoneFound annotations={entity.metadata.annotations ?? {}} />
        </Grid>
      )}
      {slos.map(slo => (
        <Grid item xs={12} lg={6} key={`${slo.source}:${slo.id}`}>
          <SloCard slo={slo} entityRef={entityRef} />
        </Grid>
      ))}
    </Grid>
  );
}
