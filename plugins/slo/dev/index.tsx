import { Entity } from '@backstage/catalog-model';
import { Content, Header, Page } from '@backstage/core-components';
import { createDevApp } from '@backstage/frontend-dev-utils';
import {
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import sloPlugin from '../src/alpha';
import { EntitySloContent } from '../src/components/EntitySloContent';
import { EntitySloOverviewCard } from '../src/components/EntitySloOverviewCard';

/*
 * `yarn start` in this folder: the card and the tab for the api-gateway of
 * catalog/, served by the slo backend of `yarn start` at the repository root.
 */
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    annotations: {
      'grafana.com/slo-selector': 'service=api-gateway',
      'agent-platform.io/slo-spec': './slo.yaml',
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
        <Header title="SLO plugin" subtitle="component:default/api-gateway" />
        <Content>
          <EntityProvider entity={entity}>
            <Grid container spacing={3}>
              <Grid item xs={12} md={6}>
                <EntitySloOverviewCard />
              </Grid>
              <Grid item xs={12}>
                <EntitySloContent />
              </Grid>
            </Grid>
          </EntityProvider>
        </Content>
      </Page>
    ),
  },
});

createDevApp({
  features: [
    sloPlugin,
    createFrontendModule({ pluginId: 'slo', extensions: [devPage] }),
  ],
});
