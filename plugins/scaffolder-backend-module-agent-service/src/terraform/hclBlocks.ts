import { HclBlock, ref } from './hcl';

/** A `variable` block with its description, type and an optional validation. */
export function variable(
  name: string,
  type: string,
  description: string,
  validation?: { condition: string; message: string },
): HclBlock {
  const body: HclBlock['body'] = [
    ['description', description],
    ['type', ref(type)],
  ];
  if (validation) {
    body.push({
      type: 'validation',
      body: [
        ['condition', ref(validation.condition)],
        ['error_message', validation.message],
      ],
    });
  }
  return { type: 'variable', labels: [name], body };
}

/** An `output` block with its description. */
export function output(
  name: string,
  description: string,
  value: string,
): HclBlock {
  return {
    type: 'output',
    labels: [name],
    body: [
      ['description', description],
      ['value', ref(value)],
    ],
  };
}
