import { Config } from '@backstage/config';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';
import { z } from 'zod/v3';
import {
  ActionPin,
  PinnedAction,
  readActionPins,
} from '../pipeline/actionPins';
import { validateWorkflow } from '../pipeline/validateWorkflow';
import { workflows } from '../pipeline/workflows';
import { parseInput } from '../service/parseInput';
import { serviceSpecSchema } from '../service/serviceSpec';
import { writeWorkspaceFile } from '../service/workspaceFiles';
import { examples } from './pipelineRender.examples';

/** The action's input: the service. */
export const pipelineRenderInput = (z0: typeof z) =>
  z0.object({ service: serviceSpecSchema(z0) });

/** A workflow's text: every pinned `uses:` followed by the release it is. */
function workflowText(
  document: Record<string, unknown>,
  pins: Record<PinnedAction, ActionPin>,
): string {
  const versions = new Map(
    Object.entries(pins).map(([action, pin]) => [
      `${action}@${pin.sha}`,
      pin.version,
    ]),
  );
  return stringify(document, {
    lineWidth: 0,
    // GitHub reads no YAML anchors: repeated steps are written out
    aliasDuplicateObjects: false,
  }).replace(/^(\s*(?:- )?uses: )(\S+)$/gm, (line, _prefix, uses) =>
    versions.has(uses) ? `${line} # ${versions.get(uses)}` : line,
  );
}

/**
 * `agent-service:pipeline:render`: writes `.github/workflows/ci.yml` and
 * `deploy.yml` for the service, each validated by actionlint and the
 * pinning and `${{ }}` rules before the step ends.
 */
export function createPipelineRenderAction(options: {
  config: Config;
  defaultPins: Partial<Record<PinnedAction, ActionPin>>;
}) {
  const pins = readActionPins(options.config, options.defaultPins);
  return createTemplateAction({
    id: 'agent-service:pipeline:render',
    description:
      'Writes the GitHub Actions workflows of the agent service: CI on pull requests and deploy on main, with pinned actions and least-privilege permissions',
    examples,
    supportsDryRun: true,
    schema: {
      input: pipelineRenderInput,
      output: z0 => z0.object({ workflows: z0.array(z0.string()) }),
    },
    async handler(ctx) {
      const written: string[] = [];
      const { service } = parseInput(pipelineRenderInput, ctx.input);
      for (const { file, document } of workflows(service, pins)) {
        const path = `.github/workflows/${file}`;
        const text = workflowText(document, pins);
        await validateWorkflow(path, text);
        await writeWorkspaceFile(ctx.workspacePath, path, text);
        written.push(path);
      }
      ctx.logger.info(`Wrote ${written.join(', ')}`);
      ctx.output('workflows', written);
    },
  });
}
