import { Config } from '@backstage/config';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { resolve } from 'node:path';
import { z } from 'zod/v3';
import { parseInput } from '../service/parseInput';
import { monthlyBudgetSchema, serviceSpecSchema } from '../service/serviceSpec';
import { writeWorkspaceFile } from '../service/workspaceFiles';
import { checkModuleCalls, ModuleJson } from '../terraform/checkModuleCalls';
import { hclFile } from '../terraform/hcl';
import { LibraryModule, readLibraryModule } from '../terraform/moduleLibrary';
import {
  moduleCallsOf,
  ModuleName,
  VENDORED_MODULES,
} from '../terraform/moduleSources';
import { rootModule } from '../terraform/rootModule';
import { readTerraformSettings } from '../terraform/terraformSettings';
import { validateHcl } from '../terraform/validateHcl';
import { examples } from './terraformRender.examples';

/** The action's input: the service and its monthly budget. */
export const terraformRenderInput = (z0: typeof z) =>
  z0.object({
    service: serviceSpecSchema(z0),
    monthlyBudget: monthlyBudgetSchema(z0),
  });

const INFRA = 'infra';

/**
 * `agent-service:terraform:render`: writes the service's Terraform root
 * module to `infra/` (module calls with its choices, variables, a
 * `*.tfvars` per environment, the state backend, outputs) and, unless
 * `agentService.terraform.moduleSource` points at a released library,
 * the modules it calls under `infra/modules/`. Every file parses and is
 * `terraform fmt` clean, and every module call matches the module's
 * variables and outputs, before anything is written.
 */
export function createTerraformRenderAction(options: { config: Config }) {
  const { config } = options;
  const libraryPath = config.getOptionalString(
    'agentService.terraform.moduleLibrary',
  );
  const library = libraryPath && resolve(libraryPath);
  return createTemplateAction({
    id: 'agent-service:terraform:render',
    description:
      "Writes the agent service's Terraform root module to infra/: the module library's Cloudflare edge, hosting with autoscaling, Postgres, Grafana and Sentry modules, a tfvars file per environment and the state backend",
    examples,
    supportsDryRun: true,
    schema: {
      input: terraformRenderInput,
      output: z0 =>
        z0.object({
          files: z0.array(z0.string()),
          modules: z0.array(z0.string()),
        }),
    },
    async handler(ctx) {
      const { service, monthlyBudget } = parseInput(
        terraformRenderInput,
        ctx.input,
      );
      const settings = readTerraformSettings(config, service);
      if (!settings.moduleSource && !library) {
        throw new Error(
          'Configure agentService.terraform.moduleSource (a released module library) or agentService.terraform.moduleLibrary (a directory to vendor the modules from)',
        );
      }
      const calls = moduleCallsOf(service);
      const used = Object.values(calls);
      const modules = new Map<ModuleName, LibraryModule>();
      if (library) {
        for (const name of used) {
          modules.set(name, await readLibraryModule(library, name));
        }
      }

      const files = new Map<string, string>();
      for (const file of rootModule(service, settings, monthlyBudget)) {
        const path = `${INFRA}/${file.path}`;
        const text = await hclFile(file.items, file.header);
        files.set(path, text);
      }
      const main = `${INFRA}/main.tf`;
      let mainJson: ModuleJson = {};
      for (const [path, text] of files) {
        const json = await validateHcl(path, text);
        if (path === main) mainJson = json;
      }
      const problems = checkModuleCalls(
        mainJson,
        files.get(main)!,
        Object.fromEntries(
          Object.entries(calls).flatMap(([call, name]) => {
            const module = modules.get(name);
            return module ? [[call, module.json]] : [];
          }),
        ),
      );
      if (problems.length) {
        throw new Error(
          `${main} does not match the module library: ${problems
            .slice(0, 5)
            .join('; ')}${
            problems.length > 5 ? ` and ${problems.length - 5} more` : ''
          }`,
        );
      }
      if (!settings.moduleSource) {
        for (const [name, module] of modules) {
          for (const [file, text] of module.files) {
            files.set(`${INFRA}/${VENDORED_MODULES}/${name}/${file}`, text);
          }
        }
      }

      if (!library) {
        ctx.logger.warn(
          `The module calls are not checked: configure agentService.terraform.moduleLibrary with a copy of ${settings.moduleSource}`,
        );
      }
      for (const [path, text] of files) {
        await writeWorkspaceFile(ctx.workspacePath, path, text);
      }
      ctx.logger.info(
        `Wrote ${files.size} files to ${INFRA}/: ${used.join(', ')}${
          settings.moduleSource
            ? ` from ${settings.moduleSource}`
            : ' (vendored)'
        }`,
      );
      ctx.output('files', [...files.keys()]);
      ctx.output('modules', used);
    },
  });
}
