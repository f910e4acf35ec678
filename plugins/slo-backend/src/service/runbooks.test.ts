import { Entity } from '@backstage/catalog-model';
import { runbookUrl } from './runbooks';

function entity(
  annotations: Record<string, string>,
  overrides: { kind?: string; namespace?: string; name?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: overrides.kind ?? 'Component',
    metadata: {
      name: overrides.name ?? 'api-gateway',
      ...(overrides.namespace ? { namespace: overrides.namespace } : {}),
      annotations,
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
  };
}

const TECHDOCS = { 'backstage.io/techdocs-ref': 'dir:.' };

describe('runbookUrl', () => {
  it('points latency SLOs at the high-latency runbook', () => {
    expect(runbookUrl(entity(TECHDOCS), 'latency')).toBe(
      '/docs/default/component/api-gateway/runbooks/high-latency/',
    );
  });

  it('points availability SLOs at the high-error-rate runbook', () => {
    expect(runbookUrl(entity(TECHDOCS), 'availability')).toBe(
      '/docs/default/component/api-gateway/runbooks/high-error-rate/',
    );
  });

  it.each([
    ['ops/runbooks/', 'ops/runbooks/'],
    ['ops/runbooks', 'ops/runbooks/'],
    ['/ops/runbooks', 'ops/runbooks/'],
    ['//ops/runbooks//', 'ops/runbooks/'],
  ])('reads the runbook-base annotation %p as %p', (annotation, expected) => {
    const url = runbookUrl(
      entity({
        ...TECHDOCS,
        'agent-platform.io/runbook-base': annotation,
      }),
      'latency',
    );
    expect(url).toBe(
      `/docs/default/component/api-gateway/${expected}high-latency/`,
    );
  });

  it('puts the namespace, the lower-cased kind and the name in the path', () => {
    expect(
      runbookUrl(
        entity(TECHDOCS, {
          kind: 'System',
          namespace: 'payments',
          name: 'ledger',
        }),
        'availability',
      ),
    ).toBe('/docs/payments/system/ledger/runbooks/high-error-rate/');
  });

  it('gives no runbook for an entity without TechDocs', () => {
    expect(
      runbookUrl(
        entity({ 'agent-platform.io/runbook-base': 'runbooks/' }),
        'latency',
      ),
    ).toBeUndefined();
  });
});
