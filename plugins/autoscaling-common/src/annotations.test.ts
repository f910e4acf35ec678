import { hasAutoscalingAnnotation } from './annotations';

describe('hasAutoscalingAnnotation', () => {
  const entity = (annotations?: Record<string, string>) => ({
    metadata: { annotations },
  });

  it('is true for a Kubernetes id, a label selector or a policy', () => {
    expect(
      hasAutoscalingAnnotation(
        entity({ 'backstage.io/kubernetes-id': 'api-gateway' }),
      ),
    ).toBe(true);
    expect(
      hasAutoscalingAnnotation(
        entity({ 'backstage.io/kubernetes-label-selector': 'app=x' }),
      ),
    ).toBe(true);
    expect(
      hasAutoscalingAnnotation(
        entity({
          'agent-platform.io/autoscaling-policy': 'cpu=80,min=1,max=5',
        }),
      ),
    ).toBe(true);
  });

  it('is false without them, a namespace alone included', () => {
    expect(hasAutoscalingAnnotation(entity())).toBe(false);
    expect(
      hasAutoscalingAnnotation(
        entity({ 'backstage.io/kubernetes-namespace': 'agents' }),
      ),
    ).toBe(false);
  });
});
