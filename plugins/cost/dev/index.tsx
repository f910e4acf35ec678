import { Entity } from '@backstage/catalog-model';
import { Content, Header, Page } from '@backstage/core-components';
import { createDevApp } from '@backstage/frontend-dev-utils';
import {
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import costPlugin from '../src/alpha';
import { EntityCostContent } from '../src/components/EntityCostContent';
import { EntityCostOverviewCard } from '../src/components/EntityCostOverviewCard';

/*
 * `yarn start` in this folder: the card and the tab for the api-gateway of
 * catalog/ (budget 120), served by the cost backend of `yarn start` at the
 * repository root.
 */
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    title: 'API gateway',
    annotations: {
      'agent-platform.io/cost-tags': 'service=api-gateway',
      'agent-platform.io/monthly-budget': '120',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
};

const devPage = PageBlueprint.make({
  name: 'dev',
  params: {
    path: '/',
    loader: async () => (
      <Page themeId="service">
        <Header title="Cost plugin" subtitle="component:default/api-gateway" />
        <Content>
          <EntityProvider entity={entity}>
            <Grid container spacing={3}>
              <Grid item xs={12} md={6}>
                <EntityCostOverviewCard />
              </Grid>
              <Grid item xs={12}>
                <EntityCostContent />
              </Grid>
            </Grid>
          </EntityProvider>
        </Content>
      </Page>
    ),
  },
});

/**
 * The resources table links catalog Resources; with no catalog in the dev
 * app, a stand-in page gives the entity route a path.
 */
const entityPage = PageBlueprint.make({
  name: 'entity',
  params: {
    path: '/catalog/:namespace/:kind/:name',
    routeRef: entityRouteRef,
    loader: async () => (
      <Page themeId="service">
        <Header title="Catalog entity" subtitle="not part of the dev app" />
      </Page>
    ),
  },
});

createDevApp({
  features: [
    costPlugin,
    createFrontendModule({
      pluginId: 'cost',
      extensions: [devPage, entityPage],
    }),
  ],
});
