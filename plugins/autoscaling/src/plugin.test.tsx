import { getComponentData } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { autoscalingApiRef } from './api';
import {
  EntityAutoscalingContent,
  EntityAutoscalingOverviewCard,
  autoscalingPlugin,
} from './plugin';
import { rootRouteRef } from './routes';
import { annotatedEntity, fakeAutoscalingApi } from './testing/fixtures';

describe('autoscaling plugin on the legacy frontend system', () => {
  it('has the id the backend is mounted under', () => {
    expect(autoscalingPlugin.getId()).toBe('autoscaling');
  });

  it('mounts the tab at its route', () => {
    expect(
      getComponentData(<EntityAutoscalingContent />, 'core.mountPoint'),
    ).toBe(rootRouteRef);
  });

  it('renders the overview card as an extension', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[autoscalingApiRef, fakeAutoscalingApi()]]}>
        <EntityProvider entity={annotatedEntity}>
          <EntityAutoscalingOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(
      await screen.findByRole('list', { name: 'Workloads' }),
    ).toBeInTheDocument();
  });
});
