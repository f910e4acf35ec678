import { getComponentData } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { costApiRef } from './api';
import * as legacy from './index';
import {
  costPlugin,
  CostOverviewPage,
  EntityCostContent,
  EntityCostOverviewCard,
} from './plugin';
import { overviewRouteRef, rootRouteRef } from './routes';
import { NOW, annotatedEntity, fakeCostApi } from './testing/fixtures';

describe('cost plugin on the legacy frontend system', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  it('has the id the backend is mounted under', () => {
    expect(costPlugin.getId()).toBe('cost');
  });

  it('exports what an EntityPage needs', () => {
    expect(Object.keys(legacy).sort()).toEqual([
      'CostClient',
      'CostOverviewPage',
      'EntityCostContent',
      'EntityCostOverviewCard',
      'costApiRef',
      'costPlugin',
      'isCostAvailable',
    ]);
  });

  it('mounts the tab at its route', () => {
    expect(getComponentData(<EntityCostContent />, 'core.mountPoint')).toBe(
      rootRouteRef,
    );
  });

  it('mounts the cost overview page at its own route', () => {
    expect(getComponentData(<CostOverviewPage />, 'core.mountPoint')).toBe(
      overviewRouteRef,
    );
    expect(costPlugin.routes.overview).toBe(overviewRouteRef);
  });

  it('renders the overview card as an extension', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[costApiRef, fakeCostApi()]]}>
        <EntityProvider entity={annotatedEntity}>
          <EntityCostOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByRole('meter', { name: 'Budget for November 2026' }),
    ).toBeInTheDocument();
  });
});
