import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import { overviewRouteRef } from './routes';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { CostClient, costApiRef } from './api';
import {
  NOW,
  annotatedEntity,
  fakeCostApi,
  plainEntity,
} from './testing/fixtures';
import costPlugin from './alpha';

describe('cost plugin on the new frontend system', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  it('adds the Costs tab and the overview card only where a budget or cost tags are set', () => {
    const tab = createExtensionTester(
      costPlugin.getExtension('entity-content:cost/costs'),
    );
    const card = createExtensionTester(
      costPlugin.getExtension('entity-card:cost/overview'),
    );

    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Costs');
    expect(tab.get(coreExtensionData.routePath)).toBe('/costs');
    const withAnnotations = (annotations: Record<string, string>) => ({
      ...plainEntity,
      metadata: { name: 'api-gateway', annotations },
    });
    for (const filter of [
      tab.get(EntityContentBlueprint.dataRefs.filterFunction)!,
      card.get(EntityCardBlueprint.dataRefs.filterFunction)!,
    ]) {
      expect(filter(annotatedEntity)).toBe(true);
      expect(
        filter(withAnnotations({ 'agent-platform.io/monthly-budget': '50' })),
      ).toBe(true);
      expect(
        filter(withAnnotations({ 'agent-platform.io/cost-tags': 'team=edge' })),
      ).toBe(true);
      expect(filter(plainEntity)).toBe(false);
      expect(
        filter(withAnnotations({ 'agent-platform.io/monthly-budget': '' })),
      ).toBe(false);
    }
  });

  it('renders the entity’s costs in the tab', async () => {
    const tab = createExtensionTester(
      costPlugin.getExtension('entity-content:cost/costs'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {tab.reactElement()}
      </EntityProvider>,
      {
        apis: [[costApiRef, fakeCostApi()]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(await screen.findByLabelText('Total')).toHaveTextContent('$96.40');
    expect(
      await screen.findByRole('link', { name: 'api-gateway-db' }),
    ).toHaveAttribute('href', '/catalog/default/resource/api-gateway-db');
  });

  it('links the overview card to the tab of the same entity', async () => {
    const card = createExtensionTester(
      costPlugin.getExtension('entity-card:cost/overview'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {card.reactElement()}
      </EntityProvider>,
      {
        apis: [[costApiRef, fakeCostApi()]],
        mountPath: '/catalog/:namespace/:kind/:name/*',
        initialRouteEntries: ['/catalog/default/component/api-gateway'],
      },
    );

    expect(
      await screen.findByRole('link', { name: /View costs/ }),
    ).toHaveAttribute('href', '/catalog/default/component/api-gateway/costs');
  });

  it('adds the cost overview page at /cost-overview, titled and with an icon for the sidebar', () => {
    const page = createExtensionTester(
      costPlugin.getExtension('page:cost/overview'),
    );

    expect(page.get(coreExtensionData.routePath)).toBe('/cost-overview');
    expect(page.get(coreExtensionData.title)).toBe('Cost overview');
    expect(page.get(coreExtensionData.icon)).toBeDefined();
    expect(page.get(coreExtensionData.routeRef)).toBe(overviewRouteRef);
    expect(costPlugin.routes.overview).toBe(overviewRouteRef);
  });

  it('renders the organisation’s costs on the overview page', async () => {
    const page = createExtensionTester(
      costPlugin.getExtension('page:cost/overview'),
    );
    const api = fakeCostApi();

    renderInTestApp(page.reactElement(), {
      apis: [[costApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(await screen.findByLabelText('Total')).toHaveTextContent(
      '$1,234.50',
    );
    expect(api.getOverview).toHaveBeenCalledWith({
      from: '2026-11-01',
      to: '2026-11-22',
      groupBy: 'team',
    });
  });

  it('provides the cost API as a CostClient', () => {
    const factory = createExtensionTester(
      costPlugin.getExtension('api:cost'),
    ).get(ApiBlueprint.dataRefs.factory);

    expect(factory.api).toBe(costApiRef);
    expect(
      factory.factory({
        discoveryApi: {
          getBaseUrl: async () => 'http://localhost:7007/api/cost',
        },
        fetchApi: { fetch },
      }),
    ).toBeInstanceOf(CostClient);
  });
});
