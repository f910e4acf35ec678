import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { cp, lstat, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod/v3';
import { parseInput } from '../service/parseInput';
import { SERVICE_NAME } from '../service/serviceSpec';
import { examples } from './publishLocal.examples';

/** The action's input: the service's name, which names its directory. */
export const publishLocalInput = (z0: typeof z) =>
  z0.object({
    name: z0
      .string()
      .regex(SERVICE_NAME, 'must be a service name such as orders-agent'),
  });

/**
 * `agent-service:publish:local`: for a portal that cannot reach GitHub,
 * copies the workspace to `<agentService.localTarget.directory>/<name>`
 * and registers its `catalog-info.yaml` as a `file` location. Refuses a
 * name already published and symlinks in the workspace; when the
 * registration fails, the copied directory is removed again.
 */
export function createPublishLocalAction(options: {
  config: Config;
  catalog: CatalogService;
}) {
  const { config, catalog } = options;
  return createTemplateAction({
    id: 'agent-service:publish:local',
    description:
      'Publishes the new service to a directory on the portal host and registers it in the catalog (agentService.localTarget), for portals without GitHub',
    examples,
    supportsDryRun: true,
    schema: {
      input: publishLocalInput,
      output: z0 =>
        z0.object({
          path: z0.string(),
          entityRef: z0.string(),
        }),
    },
    async handler(ctx) {
      const { name } = parseInput(publishLocalInput, ctx.input);
      const directory = config.getOptionalString(
        'agentService.localTarget.directory',
      );
      if (!directory) {
        throw new InputError(
          'agentService.localTarget.directory is not configured: publish to GitHub instead',
        );
      }
      const root = resolve(directory);
      const target = resolveSafeChildPath(root, name);
      const entityRef = `component:default/${name}`;
      if (await lstat(target).catch(() => undefined)) {
        throw new InputError(`${name} was published before: ${target} exists`);
      }
      if (ctx.isDryRun) {
        ctx.logger.info(`Would publish to ${target} and register it`);
        ctx.output('path', target);
        ctx.output('entityRef', entityRef);
        return;
      }
      await mkdir(root, { recursive: true });
      await cp(ctx.workspacePath, target, {
        recursive: true,
        errorOnExist: true,
        force: false,
        filter: async source => {
          if ((await lstat(source)).isSymbolicLink()) {
            throw new InputError(
              `the workspace holds a symlink (${source}): not published`,
            );
          }
          return true;
        },
      }).catch(async error => {
        await rm(target, { recursive: true, force: true });
        throw error;
      });
      try {
        await catalog.addLocation(
          { type: 'file', target: join(target, 'catalog-info.yaml') },
          { credentials: await ctx.getInitiatorCredentials() },
        );
      } catch (error) {
        await rm(target, { recursive: true, force: true });
        throw error;
      }
      ctx.logger.info(`Published ${name} to ${target} and registered it`);
      ctx.output('path', target);
      ctx.output('entityRef', entityRef);
    },
  });
}
