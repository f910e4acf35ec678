import { ApiBlueprint } from '@backstage/frontend-plugin-api';
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
import { SloClient, sloApiRef } from './api';
import { annotatedEntity, fakeSloApi, plainEntity } from './testing/fixtures';
import sloPlugin from './alpha';

const openSloEntity = {
  ...plainEntity,
  metadata: {
    name: 'api-gateway',
    annotations: { 'agent-platform.io/slo-spec': './slo.yaml' },
  },
};

describe('slo plugin on the new frontend system', () => {
  it('adds the SLOs tab and the overview card only where an SLO annotation is', () => {
    const tab = createExtensionTester(
      sloPlugin.getExtension('entity-content:slo/slos'),
    );
    const card = createExtensionTester(
      sloPlugin.getExtension('entity-card:slo/overview'),
    );

    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('SLOs');
    for (const filter of [
      tab.get(EntityContentBlueprint.dataRefs.filterFunction)!,
      card.get(EntityCardBlueprint.dataRefs.filterFunction)!,
    ]) {
      expect(filter(annotatedEntity)).toBe(true);
      expect(filter(openSloEntity)).toBe(true);
      expect(filter(plainEntity)).toBe(false);
    }
  });

  it('renders the entity’s SLOs in the tab', async () => {
    const tab = createExtensionTester(
      sloPlugin.getExtension('entity-content:slo/slos'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {tab.reactElement()}
      </EntityProvider>,
      { apis: [[sloApiRef, fakeSloApi()]] },
    );

    expect(
      await screen.findByText('Requests under 400 ms'),
    ).toBeInTheDocument();
  });

  it('links the overview card to the tab of the same entity', async () => {
    const card = createExtensionTester(
      sloPlugin.getExtension('entity-card:slo/overview'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {card.reactElement()}
      </EntityProvider>,
      {
        apis: [[sloApiRef, fakeSloApi()]],
        mountPath: '/catalog/:namespace/:kind/:name/*',
        initialRouteEntries: ['/catalog/default/component/api-gateway'],
      },
    );

    expect(
      await screen.findByRole('link', { name: /View all SLOs/ }),
    ).toHaveAttribute('href', '/catalog/default/component/api-gateway/slos');
  });

  it('provides the SLO API as a SloClient', () => {
    const factory = createExtensionTester(
      sloPlugin.getExtension('api:slo'),
    ).get(ApiBlueprint.dataRefs.factory);

    expect(factory.api).toBe(sloApiRef);
    expect(
      factory.factory({
        discoveryApi: {
          getBaseUrl: async () => 'http://localhost:7007/api/slo',
        },
        fetchApi: { fetch },
      }),
    ).toBeInstanceOf(SloClient);
  });
});
