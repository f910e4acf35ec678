import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { EXAMPLE_SERVICE_YAML } from './exampleService';

export const examples: TemplateExample[] = [
  {
    description:
      "Writes catalog-info.yaml for a Kubernetes-hosted agent with a Neon database and read replica, its budget the cost estimate's",
    example: `
steps:
  - id: estimate
    action: agent-service:cost:estimate
    input:
      service: &service${EXAMPLE_SERVICE_YAML}
  - id: catalog
    action: agent-service:catalog:render
    input:
      service: *service
      monthlyBudget: '42.52'
`,
  },
];
