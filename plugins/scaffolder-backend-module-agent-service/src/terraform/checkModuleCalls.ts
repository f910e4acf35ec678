/** A module as Terraform's JSON syntax has it, all its files merged. */
export type ModuleJson = {
  variable?: Record<string, Array<{ default?: unknown }>>;
  output?: Record<string, unknown>;
  module?: Record<string, Array<Record<string, unknown>>>;
};

const META_ARGUMENTS = new Set([
  'source',
  'version',
  'count',
  'for_each',
  'providers',
  'depends_on',
]);

/**
 * What `terraform validate` would say of the root module's calls, as far
 * as the modules' interfaces go: every argument is a variable of the
 * module, every variable without a default is given, and every
 * `module.<call>.<output>` the root reads is an output of it. `modules`
 * maps each call's name to the module it calls.
 */
export function checkModuleCalls(
  root: ModuleJson,
  rootText: string,
  modules: Record<string, ModuleJson>,
): string[] {
  const problems: string[] = [];
  for (const [call, [args]] of Object.entries(root.module ?? {})) {
    const module = modules[call];
    if (!module) continue;
    const variables = module.variable ?? {};
    for (const name of Object.keys(args)) {
      if (!META_ARGUMENTS.has(name) && !variables[name]) {
        problems.push(
          `module.${call}: ${name} is not a variable of the module`,
        );
      }
    }
    for (const [name, [declaration]] of Object.entries(variables)) {
      if (!('default' in declaration) && !(name in args)) {
        problems.push(
          `module.${call}: the required variable ${name} is not set`,
        );
      }
    }
  }
  for (const [, call, name] of rootText.matchAll(
    /\bmodule\.([\w-]+)\.([\w-]+)/g,
  )) {
    const module = modules[call];
    if (module && !module.output?.[name]) {
      problems.push(`module.${call}.${name} is not an output of the module`);
    }
  }
  return [...new Set(problems)];
}
