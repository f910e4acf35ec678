import { LoggerService } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { AttributionTarget } from '@internal/plugin-cost-common';
import { resolve } from 'node:path';
import { CostStore } from '../database/CostStore';
import { importDirectory } from './importDirectory';
import { importUrl } from './importUrl';

/** A download and its import: 10 minutes unless configured. */
const DEFAULT_URL_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * One entry of `cost.sources` as a run of its import: a directory of FOCUS
 * files, or one FOCUS file at a URL. Throws, naming the entry, when it has
 * both or neither, or a URL that is not http(s).
 */
export function focusSourceRun(
  source: Config,
  index: number,
  deps: {
    store: CostStore;
    logger: LoggerService;
    targets: () => Promise<AttributionTarget[]>;
  },
): { name: string; run: () => Promise<void> } {
  const name = source.getString('name');
  const directory = source.getOptionalString('directory');
  const url = source.getOptionalString('url');
  if (!directory === !url) {
    throw new Error(
      `cost.sources[${index}] (${name}) needs a directory or a url, and not both`,
    );
  }
  const { store, logger, targets } = deps;
  if (directory) {
    const path = resolve(directory);
    return {
      name,
      run: async () => {
        const summary = await importDirectory({
          directory: path,
          source: name,
          store,
          targets,
          logger,
        });
        logger.info(`Cost source ${name} read`, { ...summary });
      },
    };
  }
  if (!/^https?:\/\//.test(url!)) {
    throw new Error(`cost.sources[${index}].url must be an http(s) URL`);
  }
  const headers = source.getOptionalConfig('headers');
  const options = {
    url: url!,
    source: name,
    store,
    targets,
    headers: Object.fromEntries(
      (headers?.keys() ?? []).map(key => [key, headers!.getString(key)]),
    ),
    timeoutMs: source.has('timeout')
      ? durationToMilliseconds(
          readDurationFromConfig(source, { key: 'timeout' }),
        )
      : DEFAULT_URL_TIMEOUT_MS,
  };
  return {
    name,
    run: async () => {
      const outcome = await importUrl(options);
      logger.info(`Cost source ${name} read`, { ...outcome });
    },
  };
}
