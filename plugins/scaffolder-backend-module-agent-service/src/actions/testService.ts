import { parse } from 'yaml';
import { serviceSpecSchema, ServiceSpec } from '../service/serviceSpec';
import { EXAMPLE_SERVICE_YAML } from './exampleService';

/** The examples' service, checked: a fresh copy per call. */
export function exampleService(): ServiceSpec {
  return serviceSpecSchema().parse(
    parse(EXAMPLE_SERVICE_YAML.replace(/^ {8}/gm, '')),
  );
}

/** What a handler gave `ctx.output`, by name (the mock context records it). */
export function outputsOf(ctx: { output: unknown }): Record<string, unknown> {
  return Object.fromEntries((ctx.output as jest.Mock).mock.calls);
}
