import { format } from '@cdktf/hcl-tools';

/** An HCL expression written as is: a reference such as `var.image`. */
export class HclExpression {
  constructor(readonly text: string) {}
}

/** `ref('module.edge.url')`: an expression, not a string. */
export const ref = (text: string) => new HclExpression(text);

/** A value an attribute can hold. */
export type HclValue =
  | string
  | number
  | boolean
  | null
  | HclExpression
  | HclValue[]
  | { [key: string]: HclValue };

/** An attribute: `name = value`. */
export type HclAttribute = [string, HclValue];

/** A block: `type "label" … { attributes and nested blocks }`. */
export interface HclBlock {
  type: string;
  labels?: string[];
  /** A line comment above the block. */
  comment?: string;
  body?: Array<HclAttribute | HclBlock>;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A quoted HCL string that means exactly `value`: quotes, backslashes
 * and control characters escaped, and the template openings `${` and
 * `%{` doubled so Terraform reads them as text, never as expressions.
 */
export function hclString(value: string): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex
    /[\\"\u0000-\u001f\u007f\u2028\u2029]|\$\{|%\{/g,
    match => {
      switch (match) {
        case '\\':
          return '\\\\';
        case '"':
          return '\\"';
        case '\n':
          return '\\n';
        case '\r':
          return '\\r';
        case '\t':
          return '\\t';
        case '${':
          return '$${';
        case '%{':
          return '%%{';
        default:
          return `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    },
  );
  return `"${escaped}"`;
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : hclString(name);
}

function expression(v: HclValue, indent: string): string {
  if (v instanceof HclExpression) return v.text;
  if (v === null) return 'null';
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${v} is not an HCL number`);
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    return v.length
      ? `[\n${v
          .map(item => `${inner}${expression(item, inner)},\n`)
          .join('')}${indent}]`
      : '[]';
  }
  const entries = Object.entries(v);
  return entries.length
    ? `{\n${entries
        .map(([k, item]) => `${inner}${key(k)} = ${expression(item, inner)}\n`)
        .join('')}${indent}}`
    : '{}';
}

function block(b: HclBlock, indent: string): string {
  const head = [b.type, ...(b.labels ?? []).map(hclString)].join(' ');
  const inner = `${indent}  `;
  const lines = (b.body ?? []).map(item =>
    Array.isArray(item)
      ? `${inner}${item[0]} = ${expression(item[1], inner)}\n`
      : block(item, inner),
  );
  const comment = b.comment ? `${indent}# ${b.comment}\n` : '';
  return `${comment}${indent}${head} {\n${lines.join('')}${indent}}\n`;
}

/**
 * A `.tf` or `.tfvars` file's text, formatted as `terraform fmt` would:
 * blocks apart by a blank line, and top-level attributes (a tfvars file).
 */
export async function hclFile(
  items: Array<HclBlock | HclAttribute>,
  header?: string,
): Promise<string> {
  const text = items
    .map(item =>
      Array.isArray(item)
        ? `${item[0]} = ${expression(item[1], '')}\n`
        : block(item, ''),
    )
    .join(items.every(Array.isArray) ? '' : '\n');
  const comment = header
    ? `${header
        .split('\n')
        .map(line => `# ${line}`.trimEnd())
        .join('\n')}\n\n`
    : '';
  return format(comment + text);
}
