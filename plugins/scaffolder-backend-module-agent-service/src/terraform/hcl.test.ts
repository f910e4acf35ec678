import { parse } from '@cdktf/hcl2json';
import { hclFile, hclString, ref } from './hcl';

/** What Terraform's JSON syntax writes for a string literal `value`. */
const asJsonTemplate = (value: string) =>
  value.replace(/([$%])\{/g, (_, sign) => `${sign}${sign}{`);

describe('HCL text', () => {
  it.each([
    ['quotes and backslashes', 'say "hi" \\o/ C:\\temp\\'],
    [
      'template openings',
      'a ${var.secret} b %{ if true }x%{ endif } ${{ github.token }}',
    ],
    ['control characters', 'two\nlines\r\ttab nul\u0000 bell\u0007 del\u007f'],
    ['line separators', 'a\u2028b\u2029c'],
    ['look-alikes and emoji', 'оrders Ω 🚀 $ % { }'],
    ['a trailing dollar', 'costs 5$'],
  ])('a string with %s parses back to what was written', async (_, value) => {
    const text = await hclFile([{ type: 'locals', body: [['value', value]] }]);
    const json = await parse('main.tf', text);
    expect(json.locals[0].value).toBe(asJsonTemplate(value));
  });

  it('writes blocks, maps with keys that are not identifiers, lists and references', async () => {
    const text = await hclFile(
      [
        {
          type: 'module',
          labels: ['edge'],
          comment: 'the edge',
          body: [
            ['source', './modules/edge'],
            ['ports', [80, 443]],
            [
              'labels',
              { 'app.kubernetes.io/name': 'orders', app: ref('local.service') },
            ],
            ['enabled', true],
            ['nothing', null],
            { type: 'lifecycle', body: [['prevent_destroy', false]] },
          ],
        },
      ],
      'generated',
    );
    expect(text).toBe(`# generated

# the edge
module "edge" {
  source = "./modules/edge"
  ports = [
    80,
    443,
  ]
  labels = {
    "app.kubernetes.io/name" = "orders"
    app                      = local.service
  }
  enabled = true
  nothing = null
  lifecycle {
    prevent_destroy = false
  }
}
`);
  });

  it('writes a tfvars file of attributes only', async () => {
    expect(
      await hclFile([
        ['environment', 'dev'],
        ['replicas_min', 1],
      ]),
    ).toBe('environment  = "dev"\nreplicas_min = 1\n');
  });

  it('refuses numbers HCL cannot write', async () => {
    await expect(hclFile([['x', Number.NaN]])).rejects.toThrow(
      'NaN is not an HCL number',
    );
  });

  it('quotes a string once', () => {
    expect(hclString('a"b')).toBe('"a\\"b"');
  });
});
