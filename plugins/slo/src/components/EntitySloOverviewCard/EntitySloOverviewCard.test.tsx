import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { SloApi, sloApiRef } from '../../api';
import {
  annotatedEntity,
  fakeSloApi,
  plainEntity,
  responseError,
  sloList,
} from '../../testing/fixtures';
import { EntitySloOverviewCard } from './EntitySloOverviewCard';

describe('EntitySloOverviewCard', () => {
  const render = (api: SloApi, entity: Entity = annotatedEntity) =>
    renderInTestApp(
      <TestApiProvider apis={[[sloApiRef, api]]}>
        <EntityProvider entity={entity}>
          <EntitySloOverviewCard />
        </EntityProvider>
      </TestApiProvider>,
    );

  const cells = (row: HTMLElement) =>
    within(row)
      .getAllByRole('cell')
      .map(cell => cell.textContent);

  it('lists each SLO with its SLI, budget left and status', async () => {
    await render(fakeSloApi());

    const table = await screen.findByRole('table', { name: 'SLOs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['Requests under 400 ms', '99.872 %', '-28 %', 'Breaching'],
      ['Availability', '99.953 %', '53 %', 'OK'],
      ['Admin API availability', 'No data', '—', 'No data'],
      ['Checkout availability (stale)', '99.928 %', '28 %', 'OK'],
    ]);
    expect(screen.getByRole('link', { name: /View all SLOs/ })).toHaveAttribute(
      'href',
      '/slos',
    );
  });

  it('names a source that could not be read', async () => {
    await render(
      fakeSloApi({
        getSlos: async () => ({
          ...sloList,
          slos: [],
          errors: [{ source: 'openslo', message: 'slos.yaml not found' }],
        }),
      }),
    );

    expect(
      await screen.findByText(
        'SLOs from OpenSLO are missing: slos.yaml not found',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says nothing matched when the list is empty', async () => {
    await render(
      fakeSloApi({ getSlos: async () => ({ ...sloList, slos: [] }) }),
    );

    expect(
      await screen.findByText("No SLOs matched this entity's annotations."),
    ).toBeInTheDocument();
  });

  it('names the annotations to add, with no link to a tab that is not there', async () => {
    const api = fakeSloApi();
    await render(api, plainEntity);

    expect(
      screen.getByText('grafana.com/slo-selector', { selector: 'code' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('agent-platform.io/slo-spec', { selector: 'code' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /View all SLOs/ }),
    ).not.toBeInTheDocument();
    expect(api.getSlos).not.toHaveBeenCalled();
  });

  it('shows a failure in small and loads again on retry', async () => {
    const getSlos = jest
      .fn<ReturnType<SloApi['getSlos']>, [string]>()
      .mockRejectedValueOnce(
        await responseError(
          404,
          'NotFoundError',
          'No entity component:default/api-gateway',
        ),
      )
      .mockResolvedValueOnce(sloList);
    await render(fakeSloApi({ getSlos }));

    expect(
      await screen.findByText(
        'Could not load the SLOs: No entity component:default/api-gateway',
      ),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByRole('table', { name: 'SLOs' }),
    ).toBeInTheDocument();
    expect(getSlos).toHaveBeenCalledTimes(2);
  });
});
