import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { EXAMPLE_SERVICE_YAML } from './exampleService';

export const examples: TemplateExample[] = [
  {
    description:
      'Estimates a Kubernetes-hosted agent with a Neon database and read replica, 1 to 3 replicas',
    example: `
steps:
  - id: estimate
    action: agent-service:cost:estimate
    input:
      service:${EXAMPLE_SERVICE_YAML}
`,
  },
];
