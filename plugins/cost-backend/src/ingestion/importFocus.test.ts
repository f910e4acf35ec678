import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { AttributionTarget } from '@internal/plugin-cost-common';
import { Readable } from 'node:stream';
import { DatabaseCostStore } from '../database/DatabaseCostStore';
import { importFocus } from './importFocus';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const GATEWAY = 'component:default/api-gateway';
const DB = 'resource:default/agent-platform-db';
const TARGETS: AttributionTarget[] = [
  { entityRef: GATEWAY, costTags: { service: 'api-gateway' } },
  { entityRef: DB, costTags: { resource: 'agent-platform-db' } },
];

const HEADER =
  'ChargePeriodStart,ChargePeriodEnd,EffectiveCost,BillingCurrency,ProviderName,ServiceCategory,ServiceName,ChargeCategory,ResourceId,ResourceName,Tags';

/** A FOCUS row; `tags` is written as the Tags JSON, quoted for CSV. */
function row(
  day: string,
  cost: string,
  tags: Record<string, string>,
  extra: {
    currency?: string;
    provider?: string;
    name?: string;
    category?: string;
  } = {},
): string {
  const json = JSON.stringify(tags).replace(/"/g, '""');
  return [
    `${day}T00:00:00Z`,
    `${day}T23:59:59Z`,
    cost,
    extra.currency ?? 'USD',
    extra.provider ?? 'AWS',
    'Compute',
    'Amazon EC2',
    extra.category ?? 'Usage',
    'i-0abc',
    extra.name ?? 'node',
    `"${json}"`,
  ].join(',');
}

const csv = (...lines: string[]) => Readable.from([`${lines.join('\n')}\n`]);

describe.each(databases.eachSupportedId())('importFocus on %s', databaseId => {
  async function setUp() {
    const knex = await databases.init(databaseId);
    const store = await DatabaseCostStore.create(
      mockServices.database({ knex, migrations: { skip: false } }),
    );
    const run = (input: Readable, partial = false, fileKey = 'aws.csv') =>
      importFocus(input, {
        store,
        source: 'focus',
        fileKey,
        targets: TARGETS,
        partial,
      });
    const total = async (ref: string) =>
      (await store.sums([ref], '2026-11-01', '2026-11-30')).byProvider;
    return { store, run, total };
  }

  it('attributes each row by its tags, keeps credits negative and the rest unallocated', async () => {
    const { store, run, total } = await setUp();

    const result = await run(
      Readable.from([
        `\uFEFF${HEADER}\n`,
        `${row('2026-11-01', '1.25', {
          service: 'api-gateway',
          env: 'prod',
        })}\n`,
        // a quoted comma and line break in a name
        `${row(
          '2026-11-02',
          '2.5',
          { service: 'api-gateway' },
          { name: '"node, ""big""\nsecond line"' },
        )}\n`,
        `${row(
          '2026-11-02',
          '-0.75',
          { service: 'api-gateway' },
          { category: 'Credit' },
        )}\n`,
        `${row(
          '2026-11-02',
          '5.000000001',
          { resource: 'agent-platform-db' },
          { provider: 'Neon' },
        )}\n`,
        `${row('2026-11-02', '3', { team: 'support' })}\n`,
      ]),
    );

    expect(result).toEqual({
      importId: expect.any(String),
      status: 'succeeded',
      rowsAccepted: 5,
      rowsRejected: 0,
      errors: [],
    });
    // 1.25 + 2.5 − 0.75 = 3
    expect(await total(GATEWAY)).toEqual([
      { provider: 'AWS', amount: 3_000_000_000n },
    ]);
    expect(await total(DB)).toEqual([
      { provider: 'Neon', amount: 5_000_000_001n },
    ]);
    const sums = await store.sums([GATEWAY], '2026-11-02', '2026-11-02');
    expect(sums.byResource.map(r => r.resourceName)).toContain(
      'node, "big"\nsecond line',
    );
    expect(await store.getImport(result.importId)).toEqual(
      expect.objectContaining({ status: 'succeeded', rowsAccepted: 5 }),
    );
  });

  it('rejects a file with bad rows whole, naming each bad line, and writes nothing', async () => {
    const { store, run, total } = await setUp();

    const result = await run(
      csv(
        HEADER,
        row('2026-11-01', '1', { service: 'api-gateway' }), // line 2
        row('2026-11-02', '"12,50"', { service: 'api-gateway' }), // line 3: a decimal comma
        row(
          '2026-11-03',
          '1',
          { service: 'api-gateway' },
          { name: '"two\nlines"' },
        ), // lines 4–5
        row('2026-11-04', '1', { service: 'api-gateway' }, { currency: 'EUR' }), // line 6
        'not,enough,cells', // line 7
      ),
    );

    expect(result.status).toBe('rejected');
    expect(result.rowsAccepted).toBe(0);
    expect(result.rowsRejected).toBe(3);
    expect(result.errors.map(e => e.line)).toEqual([3, 6, 7]);
    expect(result.errors[0].message).toMatch(/12,50/);
    expect(result.errors[1].message).toBe(
      "BillingCurrency EUR differs from the file's USD: one currency per file",
    );
    expect(await total(GATEWAY)).toEqual([]);
    expect(await store.getImport(result.importId)).toEqual(
      expect.objectContaining({
        status: 'rejected',
        rowsAccepted: 0,
        rowsRejected: 3,
        error: expect.stringMatching(/^line 3: /),
      }),
    );
  });

  it('imports the good rows of a file with bad ones when partial', async () => {
    const { run, total } = await setUp();

    const result = await run(
      csv(
        HEADER,
        row('2026-11-01', '1', { service: 'api-gateway' }),
        row('2026-11-02', '', { service: 'api-gateway' }),
        row('2026-11-03', '2', { service: 'api-gateway' }),
      ),
      true,
    );

    expect(result).toEqual(
      expect.objectContaining({
        status: 'succeeded',
        rowsAccepted: 2,
        rowsRejected: 1,
        errors: [{ line: 3, message: expect.stringMatching(/EffectiveCost/) }],
      }),
    );
    expect(await total(GATEWAY)).toEqual([
      { provider: 'AWS', amount: 3_000_000_000n },
    ]);
  });

  it('keys an upload without a name by its content', async () => {
    const { store, total } = await setUp();
    const upload = (cost: string) =>
      importFocus(
        csv(HEADER, row('2026-11-01', cost, { service: 'api-gateway' })),
        {
          store,
          source: 'upload',
          targets: TARGETS,
        },
      );

    expect((await upload('4')).status).toBe('succeeded');
    await upload('4'); // the same content again: replaced, not doubled
    const other = await upload('5'); // other content: added

    expect(await total(GATEWAY)).toEqual([
      { provider: 'AWS', amount: 9_000_000_000n },
    ]);
    expect((await store.getImport(other.importId))?.fileKey).toMatch(
      /^sha256:[0-9a-f]{64}$/,
    );
  });

  it('replaces the rows of an earlier import of the same file instead of doubling them', async () => {
    const { run, total } = await setUp();
    const file = () =>
      csv(HEADER, row('2026-11-01', '4', { service: 'api-gateway' }));

    await run(file());
    await run(file());

    expect(await total(GATEWAY)).toEqual([
      { provider: 'AWS', amount: 4_000_000_000n },
    ]);
  });

  it('rejects an empty file, a header alone, missing columns and broken quoting', async () => {
    const { run } = await setUp();

    const empty = await run(Readable.from(['']));
    const headerOnly = await run(csv(HEADER));
    const missing = await run(csv('ChargePeriodStart,Cost', '2026-11-01,1'));
    const broken = await run(
      csv(HEADER, `${row('2026-11-01', '1', {})}`, '2026-11-02,"1'),
    );

    expect(empty.errors).toEqual([
      {
        line: 1,
        message: 'The file is empty: a FOCUS header and rows were expected',
      },
    ]);
    expect(headerOnly.errors).toEqual([
      { line: 2, message: 'The file has a header but no rows' },
    ]);
    expect(missing.errors).toEqual([
      {
        line: 1,
        message: expect.stringMatching(
          /^missing required FOCUS columns: EffectiveCost, BillingCurrency/,
        ),
      },
    ]);
    expect(broken.status).toBe('rejected');
    expect(broken.errors).toEqual([
      {
        line: expect.any(Number),
        message: expect.stringMatching(/^The file is not valid CSV: /),
      },
    ]);
    for (const result of [empty, headerOnly, missing, broken]) {
      expect(result.status).toBe('rejected');
    }
  });

  it('fails the import and writes nothing when the upload breaks off', async () => {
    const { run, total } = await setUp();
    const input = new Readable({ read() {} });
    input.push(
      `${HEADER}\n${row('2026-11-01', '1', { service: 'api-gateway' })}\n`,
    );
    setTimeout(() => input.destroy(new Error('client went away')), 10);

    // the error itself, or a premature close when it came before the import
    // started reading
    await expect(run(input)).rejects.toThrow(
      /client went away|premature close/i,
    );
    expect(await total(GATEWAY)).toEqual([]);
  });

  it('fails cleanly on an upload that broke off before the import began reading', async () => {
    const { run, total } = await setUp();
    const input = new Readable({ read() {} });
    input.destroy(new Error('client went away'));

    await expect(run(input)).rejects.toThrow(
      /client went away|premature close/i,
    );
    expect(await total(GATEWAY)).toEqual([]);
  });

  it('fails at once on an upload already closed before the import reads it', async () => {
    const { run } = await setUp();
    const input = new Readable({ read() {} });
    input.destroy();

    await expect(run(input)).rejects.toThrow(/premature close/i);
  });

  it('rejects a record longer than a megabyte, such as an unclosed quote', async () => {
    const { run } = await setUp();

    const result = await run(
      csv(HEADER, `2026-11-01T00:00:00Z,"${'x'.repeat(1_100_000)}`),
    );

    expect(result.status).toBe('rejected');
    expect(result.errors[0].message).toMatch(/^The file is not valid CSV: /);
  });
});
