import { Entity } from '@backstage/catalog-model';
import { Content, Header, Page } from '@backstage/core-components';
import { createDevApp } from '@backstage/frontend-dev-utils';
import {
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import autoscalingPlugin from '../src/alpha';
import { EntityAutoscalingContent } from '../src/components/EntityAutoscalingContent';
import { EntityAutoscalingOverviewCard } from '../src/components/EntityAutoscalingOverviewCard';

/*
 * `yarn start` in this folder: the card and the tab for the api-gateway of
 * catalog/, served by the autoscaling backend of `yarn start` at the
 * repository root.
 */
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'api-gateway',
    annotations: {
      'backstage.io/kubernetes-id': 'api-gateway',
      'backstage.io/kubernetes-namespace': 'agents',
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
        <Header
          title="Autoscaling plugin"
          subtitle="component:default/api-gateway"
        />
        <Content>
          <EntityProvider entity={entity}>
            <Grid container spacing={3}>
              <Grid item xs={12} md={6}>
                <EntityAutoscalingOverviewCard />
              </Grid>
              <Grid item xs={12}>
                <EntityAutoscalingContent />
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
    autoscalingPlugin,
    createFrontendModule({ pluginId: 'autoscaling', extensions: [devPage] }),
  ],
});
