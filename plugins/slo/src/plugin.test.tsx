import { getComponentData } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { sloApiRef } from './api';
import { EntitySloContent, EntitySloOverviewCard, sloPlugin } from './plugin';
import { rootRouteRef } from './routes';
import { annotatedEntity, fakeSloApi } from './testing/fixtures';

describe('slo plugin on the legacy frontend system', () => {
  it('has the id the backend is mounted under', () => {
    expect(sloPlugin.getId()).toBe('slo');
  });

  it('mounts the tab at its route', () => {
    expect(getComponentData(<EntitySloContent />, 'core.mountPoint')).toBe(
      rootRouteRef,
    );
  });

  it('renders the overview card as an extension', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[sloApiRef, fakeSloApi()]]}>
        <EntityProvider entity={annotatedEntity}>
          <EntitySloOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByRole('table', { name: 'SLOs' }),
    ).toBeInTheDocument();
  });
});
