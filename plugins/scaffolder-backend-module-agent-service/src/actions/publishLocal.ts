import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  CatalogService,
  locationSpecToMetadataName,
} from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { cp, lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod/v3';
import { parseInput } from '../service/parseInput';
import { SERVICE_NAME } from '../service/serviceSpec';
import { examples } from './publishLocal.examples';

/** Marks a directory being published with the task publishing it, until it is done. */
const CLAIM = '.agent-service-publishing';

/** Resolves once `found` says yes, polling each second; rejects after `timeoutMs`. */
async function waitForEntity(
  entityRef: string,
  timeoutMs: number,
  found: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await found())) {
    if (Date.now() > deadline) throw new Error(`${entityRef} not found`);
    await new Promise(resolveWait => setTimeout(resolveWait, 1000));
  }
}

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
 * and refreshes the catalog location that reads each
 * `<directory>/<service>/catalog-info.yaml` (a glob in `catalog.locations`;
 * no location is registered through the API, so no user can make the
 * catalog read another file), then waits until the catalog shows the
 * service. Claims the name atomically, refuses symlinks in the workspace,
 * and removes its copy when a later part fails.
 */
export function createPublishLocalAction(options: {
  config: Config;
  catalog: CatalogService;
  /** How long the catalog may take to show the service (default 60 s) */
  pickupTimeoutMs?: number;
}) {
  const { config, catalog } = options;
  const pickupTimeoutMs = options.pickupTimeoutMs ?? 60_000;
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
      // the catalog reads the target directory through one configured
      // location, a glob: registering one is refreshing it
      const glob = join(root, '*', 'catalog-info.yaml');
      const locationRef = `location:default/${locationSpecToMetadataName({
        type: 'file',
        target: glob,
      })}`;
      const credentials = await ctx.getInitiatorCredentials();
      if (ctx.isDryRun) {
        if (await lstat(target).catch(() => undefined)) {
          throw new InputError(
            `${name} was published before: ${target} exists`,
          );
        }
        ctx.logger.info(
          `Would publish to ${target} and refresh ${locationRef}`,
        );
        ctx.output('path', target);
        ctx.output('entityRef', entityRef);
        return;
      }
      // One checkpoint: a task resumed after a restart skips a publish that
      // completed, and redoes one that was cut short (its claim is its own).
      await ctx.checkpoint({
        key: `publish-local:${name}`,
        fn: async () => {
          await mkdir(root, { recursive: true });
          // claims the name: a second run of it, even at the same time, fails here
          const claimed = await mkdir(target).then(
            () => true,
            async error => {
              const owner = await readFile(join(target, CLAIM), 'utf8').catch(
                () => undefined,
              );
              if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
                throw error;
              }
              if (owner !== ctx.task.id) {
                throw new InputError(
                  `${name} was published before: ${target} exists`,
                );
              }
              return false;
            },
          );
          try {
            if (claimed) {
              await writeFile(join(target, CLAIM), ctx.task.id);
            }
            await cp(ctx.workspacePath, target, {
              recursive: true,
              filter: async source => {
                if ((await lstat(source)).isSymbolicLink()) {
                  throw new InputError(
                    `the workspace holds a symlink (${source}): not published`,
                  );
                }
                return true;
              },
            });
            await catalog.refreshEntity(locationRef, { credentials });
            await waitForEntity(entityRef, pickupTimeoutMs, async () =>
              Boolean(await catalog.getEntityByRef(entityRef, { credentials })),
            ).catch(() => {
              throw new Error(
                `the catalog did not pick up ${name} within ${
                  pickupTimeoutMs / 1000
                } s: is ${glob} in catalog.locations (type file, allowing Component, API and Resource)?`,
              );
            });
            await rm(join(target, CLAIM));
          } catch (error) {
            // only what this task created
            await rm(target, { recursive: true, force: true });
            throw error;
          }
        },
      });
      ctx.logger.info(`Published ${name} to ${target} and registered it`);
      ctx.output('path', target);
      ctx.output('entityRef', entityRef);
    },
  });
}
