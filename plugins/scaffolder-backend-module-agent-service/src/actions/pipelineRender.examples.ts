import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { EXAMPLE_SERVICE_YAML } from './exampleService';

export const examples: TemplateExample[] = [
  {
    description:
      'Writes the CI and deploy workflows of a Kubernetes-hosted agent',
    example: `
steps:
  - id: pipeline
    action: agent-service:pipeline:render
    input:
      service:${EXAMPLE_SERVICE_YAML}
`,
  },
];
