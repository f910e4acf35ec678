import { format } from '@cdktf/hcl-tools';
import { parse } from '@cdktf/hcl2json';

/**
 * Checks a Terraform file before it is written: it parses (hcl2json, the
 * HCL parser Terraform uses, offline WASM) and is formatted as
 * `terraform fmt -check` wants. Answers the file as JSON (Terraform's
 * JSON syntax); throws `file:line:column: message` for the first
 * problems. A failure is a bug in what generated the file.
 */
export async function validateHcl(
  file: string,
  text: string,
): Promise<Record<string, unknown>> {
  let json: Record<string, unknown>;
  try {
    json = await parse(file, text);
  } catch (error) {
    // "parse config: [main.tf:2,8-3,1: Summary; Detail. main.tf:…]"
    const message = String((error as Error).message ?? error);
    const problems = [
      ...message.matchAll(/(\S+):(\d+),(\d+)-[\d,]+: ([^;]+);/g),
    ].map(
      ([, , line, column, summary]) => `${file}:${line}:${column}: ${summary}`,
    );
    throw new Error(
      problems.length
        ? [...new Set(problems)].slice(0, 5).join('\n')
        : `${file}: ${message}`,
    );
  }
  if ((await format(text)) !== text) {
    throw new Error(`${file}: not formatted as terraform fmt writes it`);
  }
  return json;
}
