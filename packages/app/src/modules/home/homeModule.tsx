import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
## Agent Platform Portal

One place to create, see and run the platform's agent services.

- **Find a service** in the [Catalog](/catalog): owner, system, APIs,
  dependencies and the infrastructure it runs on.
- **Read its runbooks** in [Docs](/docs): service down, high error rate,
  high latency, database failover, rollback, disaster recovery, cost spike
  and scaling stuck at max, written for that service's own stack.
- **Browse the APIs** in [APIs](/api-docs): every service's OpenAPI document.
- **Create a new service** from a template on the [Create](/create) page.

Catalog data lives in the portal repository's \`catalog/\` folder; change a
service there and the portal picks it up.
`;

const gettingStartedWidget = HomePageWidgetBlueprint.make({
  name: 'getting-started',
  params: {
    name: 'GettingStarted',
    title: 'Getting Started',
    description: 'What the portal offers and where to start',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [gettingStartedWidget],
});
