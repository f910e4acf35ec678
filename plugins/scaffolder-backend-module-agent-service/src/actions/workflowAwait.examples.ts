import { TemplateExample } from '@backstage/plugin-scaffolder-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Waits up to an hour for the first deploy of a repository just published',
    example: `
steps:
  - id: deploy
    action: agent-service:workflow:await
    input:
      repoUrl: github.com?owner=valuecanvas&repo=orders-agent
      workflow: deploy.yml
      timeoutMinutes: 60
`,
  },
];
