import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { AutoscalingApi, autoscalingApiRef } from '../../api';
import {
  annotatedEntity,
  fakeAutoscalingApi,
  gatewayHpa,
  plainEntity,
  policyWorkload,
  responseError,
  workloads,
} from '../../testing/fixtures';
import { EntityAutoscalingOverviewCard } from './EntityAutoscalingOverviewCard';

describe('EntityAutoscalingOverviewCard', () => {
  const render = (api: AutoscalingApi, entity: Entity = annotatedEntity) =>
    renderInTestApp(
      <TestApiProvider apis={[[autoscalingApiRef, api]]}>
        <EntityProvider entity={entity}>
          <EntityAutoscalingOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

  it('lists each workload’s replicas, a warning chip at the maximum, and links to the tab', async () => {
    await render(
      fakeAutoscalingApi({
        getWorkloads: async () => ({
          ...workloads,
          workloads: [...workloads.workloads, policyWorkload],
        }),
      }),
    );

    const list = await screen.findByRole('list', { name: 'Workloads' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'api-gateway: 10 of 1–10 replicassandbox / agentsAt maximum: 10 of 10 replicas',
      'api-gateway-worker: 3 of 2–6 replicassandbox / agents',
      'billing: 2 of 1–5 replicaspolicy',
    ]);
    expect(
      screen.getByRole('link', { name: /View autoscaling/ }),
    ).toHaveAttribute('href', '/autoscaling');
  });

  it('flags a workload unable to scale', async () => {
    await render(
      fakeAutoscalingApi({
        getWorkloads: async () => ({
          ...workloads,
          workloads: [
            {
              ...gatewayHpa,
              atMax: false,
              conditions: [
                {
                  type: 'ScalingActive',
                  status: 'False',
                  reason: 'FailedGetResourceMetric',
                },
              ],
            },
          ],
        }),
      }),
    );

    expect(
      await screen.findByText(
        'Unable to scale: ScalingActive is False (FailedGetResourceMetric)',
      ),
    ).toBeInTheDocument();
  });

  it('marks an answer with failed sources', async () => {
    await render(
      fakeAutoscalingApi({
        getWorkloads: async () => ({
          ...workloads,
          stale: true,
          errors: [{ source: 'cluster sandbox', message: 'timed out' }],
        }),
      }),
    );

    expect(await screen.findByText('Stale')).toBeInTheDocument();
    expect(screen.getByText('Stale').closest('[title]')).toHaveAttribute(
      'title',
      'cluster sandbox: timed out',
    );
  });

  it('shows a failure in small and loads again on retry', async () => {
    const getWorkloads = jest
      .fn<
        ReturnType<AutoscalingApi['getWorkloads']>,
        Parameters<AutoscalingApi['getWorkloads']>
      >()
      .mockRejectedValueOnce(await responseError(500, 'Error', 'Boom'))
      .mockResolvedValueOnce(workloads);
    await render(fakeAutoscalingApi({ getWorkloads }));

    expect(
      await screen.findByText('Could not load the workloads: Boom'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('list', { name: 'Workloads' }),
    ).toBeInTheDocument();
  });

  it('does not ask for an entity without annotations, nor link to a missing tab', async () => {
    const api = fakeAutoscalingApi();
    await render(api, plainEntity);

    expect(
      screen.getByText('No autoscaling configured for this entity.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(api.getWorkloads).not.toHaveBeenCalled();
  });
});
