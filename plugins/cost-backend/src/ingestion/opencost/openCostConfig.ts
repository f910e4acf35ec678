import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/** The source name of OpenCost's imports: uploads may not use it. */
export const OPENCOST_SOURCE = 'opencost';

/** `cost.opencost`, read. */
export interface OpenCostConfig {
  baseUrl: string;
  aggregate: string;
  tag: string;
  lookBackDays: number;
  timeoutMs: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/** Hourly, the first soon after start. */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 20 },
};

/** `cost.opencost`, or undefined when OpenCost is not configured. */
export function readOpenCostConfig(
  cost: Config | undefined,
): OpenCostConfig | undefined {
  const config = cost?.getOptionalConfig('opencost');
  if (!config) return undefined;
  const lookBackDays = config.getOptionalNumber('lookBackDays') ?? 3;
  if (
    !Number.isInteger(lookBackDays) ||
    lookBackDays < 1 ||
    lookBackDays > 90
  ) {
    throw new Error(
      `cost.opencost.lookBackDays must be a whole number of days from 1 to 90, not ${lookBackDays}`,
    );
  }
  const baseUrl = config.getString('baseUrl');
  if (!/^https?:\/\/[^/\s]+/.test(baseUrl)) {
    throw new Error(
      `cost.opencost.baseUrl must be an http(s) URL, not ${baseUrl}`,
    );
  }
  return {
    baseUrl,
    aggregate: config.getOptionalString('aggregate') ?? 'label:app',
    tag: config.getOptionalString('tag') ?? 'service',
    lookBackDays,
    timeoutMs: config.has('timeout')
      ? durationToMilliseconds(
          readDurationFromConfig(config, { key: 'timeout' }),
        )
      : 30_000,
    schedule: config.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
  };
}
