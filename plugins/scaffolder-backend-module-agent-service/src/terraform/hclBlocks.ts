import { HclBlock, HclValue, ref } from './hcl';

/** A `variable` block with its description, type and an optional validation. */
export const variable = (
  name: string,
  type: string,
  description: string,
  validation?: { condition: string; message: string },
): HclBlock => ({
  type: 'variable',
  labels: [name],
  body: [
    ['description', description],
    ['type', ref(type)],
    ...(validation
      ? [
          {
            type: 'validation',
            body: [
              ['condition', ref(validation.condition)],
              ['error_message', validation.message],
            ] as Array<[string, HclValue]>,
          },
        ]
      : []),
  ],
});

/** An `output` block with its description. */
export const output = (
  name: string,
  description: string,
  value: string,
): HclBlock => ({
  type: 'output',
  labels: [name],
  body: [
    ['description', description],
    ['value', ref(value)],
  ],
});
