import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { AutoscalingApi, autoscalingApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  annotatedEntity,
  fakeAutoscalingApi,
  gatewayHpa,
  plainEntity,
  policyWorkload,
  responseError,
  workloads,
} from '../../testing/fixtures';
import { EntityAutoscalingContent } from './EntityAutoscalingContent';

describe('EntityAutoscalingContent', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (api: AutoscalingApi, entity: Entity = annotatedEntity) =>
    renderInTestApp(
      <TestApiProvider apis={[[autoscalingApiRef, api]]}>
        <EntityProvider entity={entity}>
          <EntityAutoscalingContent />
        </EntityProvider>
      </TestApiProvider>,
    );

  /** The card of a workload, found by its name. */
  const card = (name: string) => screen.findByRole('region', { name });

  it('shows each workload’s replicas within min–max and its metrics against their targets', async () => {
    const api = fakeAutoscalingApi();
    await render(api);

    const gateway = await card('api-gateway');
    expect(
      within(gateway).getByText('sandbox / agents · Deployment/api-gateway'),
    ).toBeInTheDocument();
    const replicas = within(gateway).getByRole('meter', {
      name: 'Replicas of api-gateway',
    });
    expect(replicas).toHaveAttribute('aria-valuenow', '10');
    expect(replicas).toHaveAttribute('aria-valuemin', '1');
    expect(replicas).toHaveAttribute('aria-valuemax', '10');
    expect(
      within(gateway).getByText('10 of 1–10 replicas'),
    ).toBeInTheDocument();
    expect(within(gateway).getByRole('meter', { name: 'cpu' })).toHaveAttribute(
      'aria-valuetext',
      '93 % of target 80 %',
    );
    expect(
      within(gateway).getByText('61 % of target 80 %'),
    ).toBeInTheDocument();
    expect(
      within(gateway).getByText(
        'no window · 4 pods per 15 s or 100 % per 15 s, whichever is more',
      ),
    ).toBeInTheDocument();
    expect(
      within(gateway).getByText('5 min window · 100 % per 15 s'),
    ).toBeInTheDocument();

    const worker = await card('api-gateway-worker');
    expect(within(worker).getByText('3 of 2–6 replicas')).toBeInTheDocument();
    expect(
      within(worker).getByText('180 ms of target 400 ms'),
    ).toBeInTheDocument();
    expect(within(worker).getByText('2 min left')).toBeInTheDocument();
    expect(within(worker).queryByRole('list', { name: 'Warnings' })).toBeNull();

    expect(api.getWorkloads).toHaveBeenCalledWith(ENTITY_REF);
  });

  it('warns that a workload is at its maximum and limited', async () => {
    await render(fakeAutoscalingApi());

    const warnings = within(await card('api-gateway')).getByRole('list', {
      name: 'Warnings',
    });
    expect(
      within(warnings).getByText('At maximum: 10 of 10 replicas'),
    ).toBeInTheDocument();
    expect(
      within(warnings).getByText('Scaling limited: TooManyReplicas'),
    ).toBeInTheDocument();
  });

  it('warns that a workload is unable to scale', async () => {
    const broken = {
      ...gatewayHpa,
      atMax: false,
      currentReplicas: 4,
      conditions: [
        {
          type: 'AbleToScale',
          status: 'False' as const,
          reason: 'FailedGetScale',
          message: 'deployments/scale.apps "api-gateway" not found',
        },
      ],
    };
    await render(
      fakeAutoscalingApi({
        getWorkloads: async () => ({ ...workloads, workloads: [broken] }),
      }),
    );

    expect(
      await screen.findByText(
        'Unable to scale: AbleToScale is False (FailedGetScale)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('deployments/scale.apps "api-gateway" not found'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^At maximum/)).not.toBeInTheDocument();
  });

  it('says what a policy would do next, and its cooldowns', async () => {
    await render(
      fakeAutoscalingApi({
        getWorkloads: async () => ({
          ...workloads,
          workloads: [policyWorkload],
        }),
      }),
    );

    const billing = await card('billing');
    expect(within(billing).getByText('policy')).toBeInTheDocument();
    expect(
      within(billing).getByText('Would scale up to 3: cpu 93 % is over 80 %'),
    ).toBeInTheDocument();
    expect(
      within(billing).getByText('2 of 1–5 replicas, desired 3'),
    ).toBeInTheDocument();
    expect(within(billing).getByText('5 min cooldown')).toBeInTheDocument();
    expect(within(billing).getByText('10 min cooldown')).toBeInTheDocument();
  });

  it('lists the scaling events with their reasons, and charts the replicas of the last 24 hours', async () => {
    const api = fakeAutoscalingApi();
    await render(api);

    const table = await screen.findByRole('table', { name: 'Scaling events' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      expect.stringMatching(
        /^2 hours ago.*api-gateway8 → 10at maxcpu resource utilization \(percentage of request\) above targetKubernetes event$/,
      ),
      expect.stringMatching(
        /^6 hours ago.*api-gateway-worker4 → 3All metrics below targetReplica series$/,
      ),
    ]);
    const chart = await screen.findByRole('figure', {
      name: 'Replicas of api-gateway in the last 24 hours',
    });
    expect(within(chart).getByText('max 10')).toBeInTheDocument();
    expect(within(chart).getByText('8 → 10')).toBeInTheDocument();
    const range = {
      entityRef: ENTITY_REF,
      from: '2026-11-21T12:00:00.000Z',
      to: '2026-11-22T12:00:00.000Z',
    };
    expect(api.getEvents).toHaveBeenCalledWith(range);
    expect(api.getHistory).toHaveBeenCalledWith(range);
  });

  it('asks for the last 7 days when chosen', async () => {
    const api = fakeAutoscalingApi();
    await render(api);
    await screen.findByRole('table', { name: 'Scaling events' });

    fireEvent.click(screen.getByRole('button', { name: '7 d' }));

    expect(
      await screen.findByText('In the last 7 days, newest first'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '7 d' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(api.getHistory).toHaveBeenLastCalledWith({
      entityRef: ENTITY_REF,
      from: '2026-11-15T12:00:00.000Z',
      to: '2026-11-22T12:00:00.000Z',
    });
    expect(api.getEvents).toHaveBeenCalledTimes(2);
  });

  it('notes that the history is unavailable and shows the rest', async () => {
    await render(
      fakeAutoscalingApi({
        getHistory: async () => {
          throw await responseError(404, 'NotFoundError', 'Not Found');
        },
      }),
    );

    expect(
      await screen.findByText('History unavailable: Not Found'),
    ).toBeInTheDocument();
    expect(await card('api-gateway')).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Scaling events' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('warns about each source that failed, beside the workloads that answered', async () => {
    await render(
      fakeAutoscalingApi({
        getWorkloads: async () => ({
          ...workloads,
          workloads: [workloads.workloads[1]],
          errors: [
            { source: 'cluster eks-prod', message: 'connect ETIMEDOUT' },
            { source: 'prometheus', message: '503 Service Unavailable' },
          ],
        }),
      }),
    );

    expect(
      await screen.findByText('Warning: Could not read cluster eks-prod'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Warning: Could not read prometheus'),
    ).toBeInTheDocument();
    expect(await card('api-gateway-worker')).toBeInTheDocument();
  });

  it('puts a banner above a stale answer', async () => {
    await render(
      fakeAutoscalingApi({
        getWorkloads: async () => ({ ...workloads, stale: true }),
      }),
    );

    expect(
      await screen.findByText(/^Warning: Showing the last good answer/),
    ).toBeInTheDocument();
    expect(await card('api-gateway')).toBeInTheDocument();
  });

  it('says what was looked for when there are no workloads', async () => {
    const api = fakeAutoscalingApi({
      getWorkloads: async () => ({ ...workloads, workloads: [] }),
    });
    await render(api);

    expect(
      await screen.findByText('No autoscaled workloads'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Looked for HPAs labelled backstage.io/kubernetes-id=api-gateway in namespace agents of cluster sandbox; found none.',
      ),
    ).toBeInTheDocument();
    expect(api.getHistory).not.toHaveBeenCalled();
  });

  it('shows a failed request and loads again on retry', async () => {
    const getWorkloads = jest
      .fn<
        ReturnType<AutoscalingApi['getWorkloads']>,
        Parameters<AutoscalingApi['getWorkloads']>
      >()
      .mockRejectedValueOnce(
        await responseError(500, 'Error', 'cluster sandbox is unreachable'),
      )
      .mockResolvedValueOnce(workloads);
    await render(fakeAutoscalingApi({ getWorkloads }));

    expect(
      await screen.findByText(
        /Could not load the workloads: cluster sandbox is unreachable/,
      ),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await card('api-gateway')).toBeInTheDocument();
    expect(getWorkloads).toHaveBeenCalledTimes(2);
  });

  it('explains the annotations to add, without asking the backend', async () => {
    const api = fakeAutoscalingApi();
    await render(api, plainEntity);

    expect(screen.getByText('Missing Annotation')).toBeInTheDocument();
    expect(api.getWorkloads).not.toHaveBeenCalled();
  });
});
