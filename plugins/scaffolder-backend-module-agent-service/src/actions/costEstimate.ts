import { Config } from '@backstage/config';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { costEstimate } from '../cost/costEstimate';
import { readPrices } from '../cost/prices';
import { parseInput } from '../service/parseInput';
import { serviceSpecSchema } from '../service/serviceSpec';
import { z } from 'zod/v3';
import { examples } from './costEstimate.examples';

/** The action's input: the service. */
export const costEstimateInput = (z0: typeof z) =>
  z0.object({ service: serviceSpecSchema(z0) });

/**
 * `agent-service:cost:estimate`: the new service's monthly cost at list
 * prices (`agentService.prices`, defaults from the seed stack), a line
 * per Resource; `monthly` (at the minimum replicas) is the default budget.
 */
export function createCostEstimateAction(options: { config: Config }) {
  const prices = readPrices(options.config);
  return createTemplateAction({
    id: 'agent-service:cost:estimate',
    description:
      "Estimates the agent service's monthly infrastructure cost, a line per Resource, at the minimum and maximum replicas",
    examples,
    supportsDryRun: true,
    schema: {
      input: costEstimateInput,
      output: z0 =>
        z0.object({
          monthly: z0.string(),
          monthlyAtMax: z0.string(),
          lines: z0.array(
            z0.object({
              resource: z0.string(),
              item: z0.string(),
              monthly: z0.number(),
              monthlyAtMax: z0.number(),
            }),
          ),
        }),
    },
    async handler(ctx) {
      const { service } = parseInput(costEstimateInput, ctx.input);
      const estimate = costEstimate(service, prices);
      for (const line of estimate.lines) {
        ctx.logger.info(
          `${line.resource}: ${line.item}, $${line.monthly.toFixed(2)} a month`,
        );
      }
      ctx.logger.info(
        `Estimate: $${estimate.monthly.toFixed(
          2,
        )} a month, $${estimate.monthlyAtMax.toFixed(
          2,
        )} at the maximum replicas`,
      );
      ctx.output('monthly', estimate.monthly.toFixed(2));
      ctx.output('monthlyAtMax', estimate.monthlyAtMax.toFixed(2));
      ctx.output('lines', estimate.lines);
    },
  });
}
