import { getComponentData } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { errorsApiRef } from './api';
import {
  EntityErrorsContent,
  EntityErrorsOverviewCard,
  errorsPlugin,
} from './plugin';
import { rootRouteRef } from './routes';
import { annotatedEntity, fakeErrorsApi } from './testing/fixtures';

describe('errors plugin on the legacy frontend system', () => {
  it('has the id the backend is mounted under', () => {
    expect(errorsPlugin.getId()).toBe('errors');
  });

  it('mounts the tab at its route', () => {
    expect(getComponentData(<EntityErrorsContent />, 'core.mountPoint')).toBe(
      rootRouteRef,
    );
  });

  it('renders the overview card as an extension', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[errorsApiRef, fakeErrorsApi()]]}>
        <EntityProvider entity={annotatedEntity}>
          <EntityErrorsOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByRole('list', { name: 'Top issues' }),
    ).toBeInTheDocument();
  });
});
