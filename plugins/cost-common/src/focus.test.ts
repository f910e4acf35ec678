import { checkFocusHeader, FocusColumns, readFocusRow } from './focus';

/** FOCUS 1.0/1.1 columns in the order a provider export might use. */
const HEADER = [
  'BilledCost',
  'BillingCurrency',
  'ChargeCategory',
  'ChargePeriodStart',
  'EffectiveCost',
  'ProviderName',
  'ResourceId',
  'ResourceName',
  'ServiceCategory',
  'ServiceName',
  'Tags',
];

function columnsOf(header: string[]): FocusColumns {
  const check = checkFocusHeader(header);
  if (!check.ok) throw new Error(check.error);
  return check.columns;
}

/** A row of HEADER from named cells; unnamed cells are empty. */
function row(cells: Record<string, string>): string[] {
  return HEADER.map(name => cells[name] ?? '');
}

const USAGE = {
  BilledCost: '12.5',
  BillingCurrency: 'USD',
  ChargeCategory: 'Usage',
  ChargePeriodStart: '2026-11-10T00:00:00Z',
  EffectiveCost: '12.345678901',
  ProviderName: 'AWS',
  ResourceId: 'arn:aws:rds:eu-west-1:123456789012:db:api-gateway',
  ResourceName: 'api-gateway, primary',
  ServiceCategory: 'Databases',
  ServiceName: 'Amazon Relational Database Service',
  Tags: '{"service":"api-gateway","env":"prod"}',
};

describe('checkFocusHeader', () => {
  it('finds the columns of a FOCUS 1.0/1.1 header', () => {
    expect(checkFocusHeader(HEADER)).toEqual({
      ok: true,
      columns: {
        width: 11,
        chargePeriodStart: 3,
        effectiveCost: 4,
        billingCurrency: 1,
        provider: 5,
        providerColumn: 'ProviderName',
        serviceCategory: 8,
        chargeCategory: 2,
        serviceName: 9,
        resourceId: 6,
        resourceName: 7,
        tags: 10,
      },
    });
  });

  it('takes FOCUS 1.2 ServiceProviderName when ProviderName is absent', () => {
    const header = HEADER.map(h =>
      h === 'ProviderName' ? 'ServiceProviderName' : h,
    );
    expect(columnsOf(header)).toMatchObject({
      provider: 5,
      providerColumn: 'ServiceProviderName',
    });
    // both present: ProviderName is preferred
    expect(columnsOf([...HEADER, 'ServiceProviderName'])).toMatchObject({
      provider: 5,
      providerColumn: 'ProviderName',
    });
  });

  it('needs no optional column', () => {
    const header = [
      'ChargePeriodStart',
      'EffectiveCost',
      'BillingCurrency',
      'ProviderName',
      'ServiceCategory',
      'ChargeCategory',
    ];
    expect(columnsOf(header)).toEqual({
      width: 6,
      chargePeriodStart: 0,
      effectiveCost: 1,
      billingCurrency: 2,
      provider: 3,
      providerColumn: 'ProviderName',
      serviceCategory: 4,
      chargeCategory: 5,
      serviceName: undefined,
      resourceId: undefined,
      resourceName: undefined,
      tags: undefined,
    });
  });

  it('ignores a UTF-8 byte order mark before the first name', () => {
    const header = ['\uFEFFBilledCost', ...HEADER.slice(1)];
    expect(columnsOf(header).billingCurrency).toBe(1);
    const first = [
      '\uFEFFChargePeriodStart',
      ...HEADER.filter(h => h !== 'ChargePeriodStart'),
    ];
    expect(columnsOf(first).chargePeriodStart).toBe(0);
  });

  it('lists every missing column, pointing out case and spacing slips', () => {
    const header = [
      'chargeperiodstart',
      ' EffectiveCost',
      'BillingCurrency',
      'ServiceCategory',
      'Tags',
    ];
    expect(checkFocusHeader(header)).toEqual({
      ok: false,
      error:
        'missing required FOCUS columns: ' +
        'ChargePeriodStart (found "chargeperiodstart": FOCUS column names are exact and case-sensitive), ' +
        'EffectiveCost (found " EffectiveCost": FOCUS column names are exact and case-sensitive), ' +
        'ProviderName (or ServiceProviderName), ChargeCategory',
    });
  });

  it('refuses a column it reads that appears twice', () => {
    expect(checkFocusHeader([...HEADER, 'EffectiveCost'])).toEqual({
      ok: false,
      error: 'column EffectiveCost appears more than once',
    });
  });
});

describe('readFocusRow', () => {
  const columns = columnsOf(HEADER);
  const read = (cells: Record<string, string>) =>
    readFocusRow(columns, row(cells));
  const messagesOf = (cells: Record<string, string>) => {
    const result = read(cells);
    return result.ok ? [] : result.messages;
  };

  it('reads a usage row', () => {
    // the CSV parser has already unquoted "api-gateway, primary" and the Tags JSON
    expect(read(USAGE)).toEqual({
      ok: true,
      costLine: {
        date: '2026-11-10',
        provider: 'AWS',
        serviceCategory: 'Databases',
        serviceName: 'Amazon Relational Database Service',
        resourceId: 'arn:aws:rds:eu-west-1:123456789012:db:api-gateway',
        resourceName: 'api-gateway, primary',
        chargeCategory: 'Usage',
        amount: 12_345_678_901n, // EffectiveCost, not BilledCost
        fixed: false,
        currency: 'USD',
        tags: { service: 'api-gateway', env: 'prod' },
      },
    });
  });

  it('marks one-time charges and charges for more than a day as fixed', () => {
    const header = [...HEADER, 'ChargeFrequency', 'ChargePeriodEnd'];
    const withPeriod = (cells: Record<string, string>) =>
      readFocusRow(
        columnsOf(header),
        header.map(name => ({ ...USAGE, ...cells }[name] ?? '')),
      );
    const fixed = (cells: Record<string, string>) => {
      const result = withPeriod(cells);
      return result.ok ? result.costLine.fixed : result.messages;
    };

    // a credit granted once
    expect(fixed({ ChargeFrequency: 'One-Time' })).toBe(true);
    // a monthly fee billed in one row on the 1st
    expect(
      fixed({
        ChargeFrequency: 'Recurring',
        ChargePeriodStart: '2026-11-01T00:00:00Z',
        ChargePeriodEnd: '2026-12-01T00:00:00Z',
      }),
    ).toBe(true);
    // a day's share of a fee, an hour's usage, a day's usage: carried over
    expect(
      fixed({
        ChargeFrequency: 'Recurring',
        ChargePeriodEnd: '2026-11-11T00:00:00Z',
      }),
    ).toBe(false);
    expect(
      fixed({
        ChargeFrequency: 'Usage-Based',
        ChargePeriodStart: '2026-11-10T13:00:00Z',
        ChargePeriodEnd: '2026-11-10T14:00:00Z',
      }),
    ).toBe(false);
    expect(fixed({ ChargeFrequency: '', ChargePeriodEnd: '' })).toBe(false);
    expect(
      fixed({ ChargeFrequency: 'Monthly', ChargePeriodEnd: 'soon' }),
    ).toEqual([
      'ChargeFrequency: "Monthly" is not one of One-Time, Recurring, Usage-Based',
      'ChargePeriodEnd: "soon" is not a date-time such as 2026-11-01T00:00:00Z',
    ]);
  });

  it('keeps credits negative', () => {
    const result = read({
      ...USAGE,
      ChargeCategory: 'Credit',
      EffectiveCost: '-12.50',
    });
    expect(result.ok && result.costLine.amount).toBe(-12_500_000_000n);
  });

  it('leaves out empty optional cells and trims text', () => {
    const result = read({
      ...USAGE,
      ProviderName: '  AWS ',
      ResourceId: '',
      ResourceName: ' ',
      ServiceName: '',
      Tags: '',
    });
    expect(result).toEqual({
      ok: true,
      costLine: {
        date: '2026-11-10',
        provider: 'AWS',
        serviceCategory: 'Databases',
        chargeCategory: 'Usage',
        amount: 12_345_678_901n,
        fixed: false,
        currency: 'USD',
        tags: {},
      },
    });
  });

  it('does not mind mixed currencies: each row carries its own', () => {
    // keeping one currency per report is the importer's job, not this layer's
    const usd = read(USAGE);
    const eur = read({ ...USAGE, BillingCurrency: 'EUR' });
    expect(usd.ok && usd.costLine.currency).toBe('USD');
    expect(eur.ok && eur.costLine.currency).toBe('EUR');
  });

  it.each([
    ['2026-11-10T00:00:00Z', '2026-11-10'],
    ['2026-11-10T23:59:59.999Z', '2026-11-10'],
    // 23:30 at −02:00 is 01:30 UTC the next day
    ['2026-10-31T23:30:00-02:00', '2026-11-01'],
    // 01:00 at +02:00 is 23:00 UTC the day before
    ['2026-11-01T01:00:00+02:00', '2026-10-31'],
    // 00:30 at +0100 (basic offset) is 23:30 UTC on 28 February of leap 2028
    ['2028-03-01T00:30:00+0100', '2028-02-29'],
    ['2026-11-10T12:00:00+00:00', '2026-11-10'],
    // no zone with a space: read as UTC
    ['2026-11-10 00:00:00', '2026-11-10'],
    ['2026-11-10 23:59:59Z', '2026-11-10'],
  ])('reads ChargePeriodStart %j as the UTC day %s', (start, day) => {
    const result = read({ ...USAGE, ChargePeriodStart: start });
    expect(result.ok && result.costLine.date).toBe(day);
  });

  it.each([
    [
      '2026-11-10T00:00:00',
      '"2026-11-10T00:00:00" has no time zone: end it with Z or an offset such as +01:00',
    ],
    [
      '2026-11-10',
      '"2026-11-10" is not a date-time such as 2026-11-01T00:00:00Z',
    ],
    ['2026/11/10 00:00:00', 'is not a date-time such as'],
    ['10/11/2026', 'is not a date-time such as'],
    ['1794441600', 'is not a date-time such as'],
    ['2026-02-29T00:00:00Z', '"2026-02-29T00:00:00Z" is not a valid date-time'],
    ['2026-11-10T24:00:00Z', 'is not a valid date-time'],
    ['2026-11-10T00:00:00+25:00', 'is not a valid date-time'],
  ])('refuses ChargePeriodStart %j', (start, message) => {
    const [only, ...others] = messagesOf({
      ...USAGE,
      ChargePeriodStart: start,
    });
    expect(others).toEqual([]);
    expect(only).toMatch(/^ChargePeriodStart: /);
    expect(only).toContain(message);
  });

  it.each([
    ['', 'EffectiveCost: a value is required'],
    ['1e309', 'EffectiveCost: "1e309" is out of range'],
    ['12,50', 'EffectiveCost: "12,50" is not a decimal number'],
    ['NaN', 'EffectiveCost: "NaN" is not a decimal number: amounts are finite'],
    ['$12.50', 'drop the currency symbol'],
  ])('refuses EffectiveCost %j', (cost, message) => {
    const [only, ...others] = messagesOf({ ...USAGE, EffectiveCost: cost });
    expect(others).toEqual([]);
    expect(only).toContain(message);
  });

  it('reads EffectiveCost "-0" as zero and exponents exactly', () => {
    const zero = read({ ...USAGE, EffectiveCost: '-0' });
    expect(zero.ok && zero.costLine.amount).toBe(0n);
    // 1.5 × 10^-7 = 150 nanos
    const tiny = read({ ...USAGE, EffectiveCost: '1.5E-7' });
    expect(tiny.ok && tiny.costLine.amount).toBe(150n);
  });

  it('reports every problem of a row at once', () => {
    expect(
      messagesOf({
        ...USAGE,
        ChargePeriodStart: '',
        EffectiveCost: '12,50',
        BillingCurrency: 'usd',
        ProviderName: '',
        ServiceCategory: '',
        ChargeCategory: 'usage',
        Tags: '{"team":',
      }),
    ).toEqual([
      'ChargePeriodStart: a value is required',
      'EffectiveCost: "12,50" is not a decimal number: use "." as the decimal point and no thousands separators',
      'BillingCurrency: "usd" is not an ISO 4217 code such as USD',
      'ProviderName: a value is required',
      'ServiceCategory: a value is required',
      'ChargeCategory: "usage" is not one of Usage, Purchase, Tax, Credit, Adjustment',
      'Tags: "{\\"team\\":" is not valid JSON',
    ]);
  });

  it('names ServiceProviderName when that is the provider column', () => {
    const header = HEADER.map(h =>
      h === 'ProviderName' ? 'ServiceProviderName' : h,
    );
    const result = readFocusRow(
      columnsOf(header),
      row({ ...USAGE, ProviderName: '' }),
    );
    expect(result).toEqual({
      ok: false,
      messages: ['ServiceProviderName: a value is required'],
    });
  });

  it('refuses a row whose cells do not line up with the header', () => {
    const cells = row(USAGE);
    expect(readFocusRow(columns, [...cells, 'extra'])).toEqual({
      ok: false,
      messages: ['the row has 12 cells where the header has 11'],
    });
    expect(readFocusRow(columns, cells.slice(0, 10))).toEqual({
      ok: false,
      messages: ['the row has 10 cells where the header has 11'],
    });
  });

  describe('Tags', () => {
    const tagsOf = (json: string) => {
      const result = read({ ...USAGE, Tags: json });
      return result.ok ? result.costLine.tags : result.messages;
    };

    it('turns FOCUS numbers and booleans into text and drops null values', () => {
      // KeyValueFormat allows numbers, booleans and null; FOCUS writes true for a valueless tag
      expect(
        tagsOf(
          '{"cost-center": 1234, "critical": true, "owner": null, "team": "agents"}',
        ),
      ).toEqual({ 'cost-center': '1234', critical: 'true', team: 'agents' });
      expect(tagsOf('{}')).toEqual({});
    });

    it.each([
      [
        '["service","api-gateway"]',
        'Tags: must be a JSON object, got an array',
      ],
      ['"service=api-gateway"', 'Tags: must be a JSON object, got a string'],
      ['null', 'Tags: must be a JSON object, got null'],
      ['42', 'Tags: must be a JSON object, got a number'],
      [
        '{"team": {"name": "agents"}}',
        'Tags: the value of "team" is an object; tag values are strings, numbers, booleans or null',
      ],
      ['{"team": ["agents"]}', 'Tags: the value of "team" is an array'],
      ["{'team': 'agents'}", "Tags: \"{'team': 'agents'}\" is not valid JSON"],
      ['service=api-gateway', 'Tags: "service=api-gateway" is not valid JSON'],
    ])('refuses %j', (json, message) => {
      expect(tagsOf(json)).toEqual([expect.stringContaining(message)]);
    });

    it('shortens a long invalid cell in the message', () => {
      const long = `{${'x'.repeat(100)}`;
      // first 60 characters, then an ellipsis
      expect(tagsOf(long)).toEqual([
        `Tags: "{${'x'.repeat(59)}…" is not valid JSON`,
      ]);
    });
  });
});
