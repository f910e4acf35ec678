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
import { ErrorsClient, errorsApiRef } from './api';
import {
  NOW,
  annotatedEntity,
  fakeErrorsApi,
  plainEntity,
} from './testing/fixtures';
import errorsPlugin from './alpha';

describe('errors plugin on the new frontend system', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  it('adds the Errors tab and the overview card only where a Sentry project is named', () => {
    const tab = createExtensionTester(
      errorsPlugin.getExtension('entity-content:errors/errors'),
    );
    const card = createExtensionTester(
      errorsPlugin.getExtension('entity-card:errors/overview'),
    );

    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Errors');
    expect(tab.get(coreExtensionData.routePath)).toBe('/errors');
    for (const filter of [
      tab.get(EntityContentBlueprint.dataRefs.filterFunction)!,
      card.get(EntityCardBlueprint.dataRefs.filterFunction)!,
    ]) {
      expect(filter(annotatedEntity)).toBe(true);
      expect(filter(plainEntity)).toBe(false);
      expect(
        filter({
          ...plainEntity,
          metadata: {
            name: 'api-gateway',
            annotations: { 'sentry.io/project-slug': '' },
          },
        }),
      ).toBe(false);
    }
  });

  it('renders the entity’s issues in the tab', async () => {
    const tab = createExtensionTester(
      errorsPlugin.getExtension('entity-content:errors/errors'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {tab.reactElement()}
      </EntityProvider>,
      { apis: [[errorsApiRef, fakeErrorsApi()]] },
    );

    expect(
      await screen.findByText('RangeError: Maximum call stack size exceeded'),
    ).toBeInTheDocument();
  });

  it('links the overview card to the tab of the same entity', async () => {
    const card = createExtensionTester(
      errorsPlugin.getExtension('entity-card:errors/overview'),
    );

    renderInTestApp(
      <EntityProvider entity={annotatedEntity}>
        {card.reactElement()}
      </EntityProvider>,
      {
        apis: [[errorsApiRef, fakeErrorsApi()]],
        mountPath: '/catalog/:namespace/:kind/:name/*',
        initialRouteEntries: ['/catalog/default/component/api-gateway'],
      },
    );

    expect(
      await screen.findByRole('link', { name: /View all errors/ }),
    ).toHaveAttribute('href', '/catalog/default/component/api-gateway/errors');
  });

  it('provides the errors API as an ErrorsClient', () => {
    const factory = createExtensionTester(
      errorsPlugin.getExtension('api:errors'),
    ).get(ApiBlueprint.dataRefs.factory);

    expect(factory.api).toBe(errorsApiRef);
    expect(
      factory.factory({
        discoveryApi: {
          getBaseUrl: async () => 'http://localhost:7007/api/errors',
        },
        fetchApi: { fetch },
      }),
    ).toBeInstanceOf(ErrorsClient);
  });
});
