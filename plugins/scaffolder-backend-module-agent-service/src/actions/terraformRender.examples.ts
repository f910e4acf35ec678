import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { EXAMPLE_SERVICE_YAML } from './exampleService';

export const examples: TemplateExample[] = [
  {
    description:
      'Writes the Terraform root module of a Kubernetes-hosted agent with Neon and a read replica, and the modules it calls',
    example: `
steps:
  - id: terraform
    action: agent-service:terraform:render
    input:
      monthlyBudget: '42.52'
      service:${EXAMPLE_SERVICE_YAML}
`,
  },
];
