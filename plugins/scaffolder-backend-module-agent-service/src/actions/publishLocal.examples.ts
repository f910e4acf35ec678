import { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Publishes the workspace to agentService.localTarget.directory/orders-agent and registers it',
    example: `
steps:
  - id: publish
    action: agent-service:publish:local
    input:
      name: orders-agent
`,
  },
];
