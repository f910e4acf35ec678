import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModuleJson } from './checkModuleCalls';
import { ModuleName } from './moduleSources';
import { validateHcl } from './validateHcl';

/** A module of the library: its files and its parsed interface. */
export interface LibraryModule {
  /** File name to text: the `.tf` files and the README. */
  files: Map<string, string>;
  json: ModuleJson;
}

/**
 * Reads a module of the library (`templates/terraform-modules/<name>`),
 * each `.tf` file validated as a generated one is, with the variables
 * and outputs of all its files.
 */
export async function readLibraryModule(
  directory: string,
  name: ModuleName,
): Promise<LibraryModule> {
  const entries = await readdir(join(directory, name), { withFileTypes: true });
  const files = new Map<string, string>();
  const json: ModuleJson = {};
  for (const entry of entries) {
    if (!entry.isFile() || !/\.tf$|^README\.md$/.test(entry.name)) continue;
    const text = await readFile(join(directory, name, entry.name), 'utf8');
    files.set(entry.name, text);
    if (entry.name.endsWith('.tf')) {
      const parsed: ModuleJson = await validateHcl(
        `${name}/${entry.name}`,
        text,
      );
      json.variable = { ...json.variable, ...parsed.variable };
      json.output = { ...json.output, ...parsed.output };
    }
  }
  if (![...files.keys()].some(file => file.endsWith('.tf'))) {
    throw new Error(`${join(directory, name)} holds no Terraform module`);
  }
  return { files, json };
}
