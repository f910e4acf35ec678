import { Config } from '@backstage/config';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments, stringify } from 'yaml';
import { catalogEntities } from '../catalog/catalogEntities';
import { validateEntities } from '../catalog/validateEntities';
import {
  kubernetesNamespace,
  sentryOrganization,
} from '../service/platformConfig';
import { monthlyBudgetSchema, serviceSpecSchema } from '../service/serviceSpec';
import { parseInput } from '../service/parseInput';
import { writeWorkspaceFile } from '../service/workspaceFiles';
import { z } from 'zod/v3';
import { examples } from './catalogRender.examples';

/** The action's input: the service, its monthly budget and where to write. */
export const catalogRenderInput = (z0: typeof z) =>
  z0.object({
    service: serviceSpecSchema(z0),
    monthlyBudget: monthlyBudgetSchema(z0),
    targetPath: z0.string().default('catalog-info.yaml'),
  });

/**
 * `agent-service:catalog:render`: writes the new service's
 * `catalog-info.yaml` (its Component with every annotation the portal's
 * tabs read, its API and a Resource per piece of infrastructure), parsed
 * back and validated as the catalog would before the step ends.
 */
export function createCatalogRenderAction(options: { config: Config }) {
  const { config } = options;
  return createTemplateAction({
    id: 'agent-service:catalog:render',
    description:
      "Writes the agent service's catalog-info.yaml: Component, API and a Resource per piece of infrastructure, with the annotations of the SLO, Errors, Costs, Autoscaling and TechDocs tabs",
    examples,
    supportsDryRun: true,
    schema: {
      input: catalogRenderInput,
      output: z0 =>
        z0.object({
          entityRef: z0.string(),
          catalogInfoPath: z0.string(),
          sentryOrganization: z0.string(),
          kubernetesNamespace: z0.string(),
        }),
    },
    async handler(ctx) {
      const { service, monthlyBudget, targetPath } = parseInput(
        catalogRenderInput,
        ctx.input,
      );
      const context = {
        sentryOrganization: sentryOrganization(config),
        kubernetesNamespace: kubernetesNamespace(config),
      };
      const entities = catalogEntities(service, {
        ...context,
        kubernetesCluster: config.getOptionalString(
          'agentService.kubernetes.clusterResource',
        ),
        monthlyBudget,
      });
      const text = entities.map(entity => stringify(entity)).join('---\n');

      // what was written must parse, validate and mean what was chosen
      const documents = parseAllDocuments(text);
      const errors = documents.flatMap(d => d.errors);
      if (errors.length) {
        throw new Error(`${targetPath} does not parse: ${errors[0].message}`);
      }
      const parsed = documents.map(d => d.toJS());
      if (!isDeepStrictEqual(parsed, entities)) {
        throw new Error(`${targetPath} does not read back as generated`);
      }
      await validateEntities(parsed);

      await writeWorkspaceFile(ctx.workspacePath, targetPath, text);
      const entityRef = stringifyEntityRef(entities[0]);
      ctx.logger.info(
        `Wrote ${targetPath}: ${entityRef} with ${
          entities.length - 2
        } Resources`,
      );
      ctx.output('entityRef', entityRef);
      ctx.output('catalogInfoPath', `/${targetPath}`);
      // for the skeleton's runbooks
      ctx.output('sentryOrganization', context.sentryOrganization);
      ctx.output('kubernetesNamespace', context.kubernetesNamespace);
    },
  });
}
