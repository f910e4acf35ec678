import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { AutoscalingClient, autoscalingApiRef } from './api';
import {
  NOW,
  annotatedEntity,
  fakeAutoscalingApi,
  plainEntity,
} from './testing/fixtures';
import autoscalingPlugin from './alpha';

describe('autoscaling plugin on the new frontend system', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const withAnnotations = (annotations: Record<string, string>) => ({
    ...plainEntity,
    metadata: { name: 'api-gateway', annotations },
  });

  it('adds the Autoscaling tab and the overview card only where an annotation names workloads', () => {
    const tab = createExtensionTester(
      autoscalingPlugin.getExtension('entity-content:autoscaling/autoscaling'),
    );
    const card = createExtensionTester(
      autoscalingPlugin.getExtension('entity-card:autoscaling/overview'),
    );

    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Autoscaling');
    expect(tab.get(coreExtensionData.routePath)).toBe('/autoscaling');
    for (const filter of [
      tab.get(EntityContentBlueprint.dataRefs.filterFunction)!,
      card.get(EntityCardBlueprint.dataRefs.filterFunction)!,
    ]) {
      expect(filter(annotatedEntity)).toBe(true);
      expect(
        filter(
          withAnnotations({
            'agent-platform.io/autoscaling-policy': 'cpu=80,min=1,max=5',
          }),
        ),
      ).toBe(true);
      expect(
        filter(
          withAnnotations({
            'backstage.io/kubernetes-label-selector': 'app=api-gateway',
          }),
        ),
      ).toBe(true);
      expect(filter(plainEntity)).toBe(false);
      expect(
        filter(
          withAnnotations({ 'backstage.io/kubernetes-namespace': 'agents' }),
        ),
      ).toBe(false);
    }
  });

  it('renders the entity’s workloads in the tab', async () => {
    const tab = createExtensionTester(
      autoscalingPlugin.getExtension('entity-content:autoscaling/autoscaling'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {tab.reactElement()}
      </EntityProvider>,
      { apis: [[autoscalingApiRef, fakeAutoscalingApi()]] },
    );

    expect(
      await screen.findByRole('region', { name: 'api-gateway-worker' }),
    ).toBeInTheDocument();
  });

  it('links the overview card to the tab of the same entity', async () => {
    const card = createExtensionTester(
      autoscalingPlugin.getExtension('entity-card:autoscaling/overview'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {card.reactElement()}
      </EntityProvider>,
      {
        apis: [[autoscalingApiRef, fakeAutoscalingApi()]],
        mountPath: '/catalog/:namespace/:kind/:name/*',
        initialRouteEntries: ['/catalog/default/component/api-gateway'],
      },
    );

    expect(
      await screen.findByRole('link', { name: /View autoscaling/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/api-gateway/autoscaling',
    );
  });

  it('provides the autoscaling API as an AutoscalingClient', () => {
    const factory = createExtensionTester(
      autoscalingPlugin.getExtension('api:autoscaling'),
    ).get(ApiBlueprint.dataRefs.factory);

    expect(factory.api).toBe(autoscalingApiRef);
    expect(
      factory.factory({
        discoveryApi: {
          getBaseUrl: async () => 'http://localhost:7007/api/autoscaling',
        },
        fetchApi: { fetch },
      }),
    ).toBeInstanceOf(AutoscalingClient);
  });
});
