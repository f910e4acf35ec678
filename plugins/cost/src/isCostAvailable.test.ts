import { Entity } from '@backstage/catalog-model';
import { isCostAvailable } from './isCostAvailable';

const entity = (annotations?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'api-gateway', annotations },
});

describe('isCostAvailable', () => {
  it.each([
    ['a monthly budget', { 'agent-platform.io/monthly-budget': '120' }],
    ['cost tags', { 'agent-platform.io/cost-tags': 'service=api-gateway' }],
    [
      'both',
      {
        'agent-platform.io/monthly-budget': '120',
        'agent-platform.io/cost-tags': 'service=api-gateway',
      },
    ],
  ])('is true for an entity with %s', (_, annotations) => {
    expect(isCostAvailable(entity(annotations))).toBe(true);
  });

  it.each([
    ['no annotations', undefined],
    ['other annotations', { 'sentry.io/project-slug': 'acme/api-gateway' }],
    ['an empty budget', { 'agent-platform.io/monthly-budget': ' ' }],
    ['empty cost tags', { 'agent-platform.io/cost-tags': '' }],
  ])('is false for an entity with %s', (_, annotations) => {
    expect(isCostAvailable(entity(annotations))).toBe(false);
  });
});
