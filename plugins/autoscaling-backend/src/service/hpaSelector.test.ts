import { Entity } from '@backstage/catalog-model';
import { describeSelector, hpaSelector } from './hpaSelector';

const entity = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'api-gateway', annotations },
  spec: {},
});

describe('hpaSelector', () => {
  it('selects by kubernetes-id in the annotated namespace', () => {
    expect(
      hpaSelector(
        entity({
          'backstage.io/kubernetes-id': 'api-gateway',
          'backstage.io/kubernetes-namespace': 'agents',
        }),
      ),
    ).toEqual({
      labelSelector: 'backstage.io/kubernetes-id=api-gateway',
      namespace: 'agents',
    });
  });

  it('prefers the label selector annotation, in every namespace by default', () => {
    expect(
      hpaSelector(
        entity({
          'backstage.io/kubernetes-id': 'api-gateway',
          'backstage.io/kubernetes-label-selector': 'app=gateway,tier=edge',
        }),
      ),
    ).toEqual({ labelSelector: 'app=gateway,tier=edge' });
  });

  it('gives undefined without either annotation', () => {
    expect(
      hpaSelector(entity({ 'backstage.io/kubernetes-namespace': 'agents' })),
    ).toBeUndefined();
  });
});

describe('describeSelector', () => {
  it('says what was searched where', () => {
    expect(
      describeSelector(
        { labelSelector: 'app=x', namespace: 'agents' },
        'eks-prod',
      ),
    ).toBe('HPAs labelled app=x in namespace agents of cluster eks-prod');
    expect(describeSelector({ labelSelector: 'app=x' }, 'sandbox')).toBe(
      'HPAs labelled app=x in any namespace of cluster sandbox',
    );
  });
});
