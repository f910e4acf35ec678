import { validateWorkflow } from './validateWorkflow';

const workflow = (steps: string) => `name: t
on: push
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
${steps}`;

describe('validateWorkflow', () => {
  it('passes a pinned workflow that keeps expressions in env', async () => {
    await expect(
      validateWorkflow(
        'ok.yml',
        workflow(`      - uses: actions/checkout@${'a'.repeat(40)}
      - env:
          TITLE: \${{ github.event.head_commit.message }}
        run: echo "$TITLE"`),
      ),
    ).resolves.toBeUndefined();
  });

  it.each([
    [
      'an action on a tag',
      '      - uses: actions/checkout@v4',
      'ok.yml: jobs.a.steps[0] uses actions/checkout@v4, not pinned by a full commit SHA',
    ],
    [
      'an expression in a script',
      '      - run: echo "${{ github.event.head_commit.message }}"',
      'interpolates ${{ }} into its run script: pass it through env',
    ],
    [
      'what actionlint refuses',
      '      - run: echo hi\n        timeout: 5',
      'ok.yml:10:9: unexpected key "timeout" for "step" section',
    ],
    ['broken YAML', '      - run: [unclosed', 'ok.yml:9:'],
  ])('refuses %s', async (_, steps, message) => {
    await expect(validateWorkflow('ok.yml', workflow(steps))).rejects.toThrow(
      message,
    );
  });

  it('refuses a workflow without permissions', async () => {
    await expect(
      validateWorkflow(
        'p.yml',
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      ),
    ).rejects.toThrow('p.yml: sets no top-level permissions');
  });
});
