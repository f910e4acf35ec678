import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { SloApi, sloApiRef } from '../../api';
import {
  ENTITY_REF,
  NOW,
  annotatedEntity,
  fakeSloApi,
  plainEntity,
  responseError,
  sloList,
} from '../../testing/fixtures';
import { EntitySloContent } from './EntitySloContent';

describe('EntitySloContent', () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  const render = (api: SloApi, entity: Entity = annotatedEntity) =>
    renderInTestApp(
      <TestApiProvider apis={[[sloApiRef, api]]}>
        <EntityProvider entity={entity}>
          <EntitySloContent />
        </EntityProvider>
      </TestApiProvider>,
    );

  it('shows a card per SLO of the entity', async () => {
    const api = fakeSloApi();
    await render(api);

    expect(api.getSlos).toHaveBeenCalledWith(ENTITY_REF);
    expect(
      await screen.findByText('Requests under 400 ms'),
    ).toBeInTheDocument();
    expect(screen.getByText('Availability')).toBeInTheDocument();
    expect(screen.getByText('Admin API availability')).toBeInTheDocument();
    expect(screen.getByText('Checkout availability')).toBeInTheDocument();

    expect(screen.getByText('99.953 %')).toBeInTheDocument();
    expect(screen.getByText('12 min of 43 min left')).toBeInTheDocument();
    expect(screen.getByText('No traffic in this window')).toBeInTheDocument();
    expect(
      screen.getByText(/Stale — last good answer from 3 hours ago/),
    ).toBeInTheDocument();
    expect(screen.getByText('Firing').closest('tr')).toHaveTextContent(
      '1h / 5m',
    );
  });

  it('names the source that could not be read', async () => {
    await render(
      fakeSloApi({
        getSlos: async () => ({
          ...sloList,
          slos: [sloList.slos[1]],
          errors: [
            {
              source: 'grafana',
              message: 'Grafana answered 503 Service Unavailable',
            },
          ],
        }),
      }),
    );

    const warning = await screen.findByRole('alert');
    expect(
      within(warning).getByText(/SLOs from Grafana SLO are missing/),
    ).toBeInTheDocument();
    expect(
      within(warning).getByText('Grafana answered 503 Service Unavailable'),
    ).toBeVisible();
    expect(screen.getByText('Availability')).toBeInTheDocument();
    expect(screen.queryByText('No SLOs found')).not.toBeInTheDocument();
  });

  it('explains which annotation to add, without asking the backend', async () => {
    const api = fakeSloApi();
    await render(api, plainEntity);

    expect(
      screen.getByText('No SLOs configured for this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('grafana.com/slo-selector', { selector: 'code' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('agent-platform.io/slo-spec', { selector: 'code' }),
    ).toBeInTheDocument();
    expect(api.getSlos).not.toHaveBeenCalled();
  });

  it('says nothing matched the annotation when the list is empty', async () => {
    await render(
      fakeSloApi({ getSlos: async () => ({ ...sloList, slos: [] }) }),
    );

    expect(await screen.findByText('No SLOs found')).toBeInTheDocument();
    expect(
      screen.getByText('grafana.com/slo-selector: service=api-gateway'),
    ).toBeInTheDocument();
  });

  it('shows the error and loads again on retry', async () => {
    const getSlos = jest
      .fn<ReturnType<SloApi['getSlos']>, [string]>()
      .mockRejectedValueOnce(
        await responseError(500, 'Error', 'Grafana SLO API unreachable'),
      )
      .mockResolvedValueOnce(sloList);
    await render(fakeSloApi({ getSlos }));

    expect(
      await screen.findByText(
        /Could not load the SLOs: Grafana SLO API unreachable/,
      ),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByText('Requests under 400 ms'),
    ).toBeInTheDocument();
    expect(getSlos).toHaveBeenCalledTimes(2);
  });
});
