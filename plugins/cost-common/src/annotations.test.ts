import {
  entityCostTags,
  parseCostTags,
  parseMonthlyBudget,
} from './annotations';

function errorOf(read: () => unknown): any {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('parseMonthlyBudget', () => {
  it('reads an amount with an optional currency', () => {
    expect(parseMonthlyBudget('250')).toEqual({ amount: 250_000_000_000n });
    expect(parseMonthlyBudget('250.00')).toEqual({ amount: 250_000_000_000n });
    expect(parseMonthlyBudget('250 USD')).toEqual({
      amount: 250_000_000_000n,
      currency: 'USD',
    });
    // 1250.5 × 10^9
    expect(parseMonthlyBudget('  1250.5\tEUR ')).toEqual({
      amount: 1_250_500_000_000n,
      currency: 'EUR',
    });
  });

  it.each([
    [
      '',
      '"" is not an amount with an optional currency, such as 250 or 250.00 USD',
    ],
    ['250 US Dollars', 'is not an amount with an optional currency'],
    ['USD 250', '"USD" is not a decimal number'],
    ['250USD', '"250USD" is not a decimal number'],
    ['12,50', '"12,50" is not a decimal number: use "." as the decimal point'],
    ['$250', 'drop the currency symbol'],
    ['0', 'the budget must be above 0, got 0'],
    ['-5 USD', 'the budget must be above 0, got -5'],
    ['250 usd', '"usd" is not an ISO 4217 currency code such as USD or EUR'],
  ])('refuses %j, naming the annotation', (value, message) => {
    const error = errorOf(() => parseMonthlyBudget(value));
    expect(error.name).toBe('CostAnnotationError');
    expect(error.annotation).toBe('agent-platform.io/monthly-budget');
    expect(error.message).toMatch(/^agent-platform\.io\/monthly-budget: /);
    expect(error.message).toContain(message);
  });
});

describe('parseCostTags', () => {
  it('reads key=value pairs, spaces and a trailing comma ignored', () => {
    expect(parseCostTags('service=api-gateway')).toEqual({
      service: 'api-gateway',
    });
    expect(parseCostTags(' team = agents , service=api-gateway, ')).toEqual({
      team: 'agents',
      service: 'api-gateway',
    });
  });

  it('splits at the first "=", so values may hold one', () => {
    expect(parseCostTags('selector=app=web')).toEqual({ selector: 'app=web' });
  });

  it('keeps a "__proto__" key as a plain key', () => {
    const tags = parseCostTags('__proto__=x');
    expect(Object.keys(tags)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
  });

  it.each([
    ['service', '"service" is not a key=value pair'],
    ['service=api,team', '"team" is not a key=value pair'],
    ['=api', '"=api" is not a key=value pair'],
    ['service=', '"service=" is not a key=value pair'],
    ['team=a, team=b', '"team" is given twice'],
    ['', 'names no tags: give key=value pairs such as service=my-api'],
    [' , ', 'names no tags'],
  ])('refuses %j, naming the bad pair', (value, message) => {
    const error = errorOf(() => parseCostTags(value));
    expect(error.name).toBe('CostAnnotationError');
    expect(error.message).toMatch(/^agent-platform\.io\/cost-tags: /);
    expect(error.message).toContain(message);
  });
});

describe('entityCostTags', () => {
  const entity = (annotations?: Record<string, string>) => ({
    metadata: { name: 'api-gateway', annotations },
  });

  it('defaults to service=<entity name>', () => {
    expect(entityCostTags(entity())).toEqual({ service: 'api-gateway' });
    expect(entityCostTags(entity({ 'other/annotation': 'x' }))).toEqual({
      service: 'api-gateway',
    });
  });

  it('uses the annotation when present, and refuses an empty one', () => {
    expect(
      entityCostTags(
        entity({ 'agent-platform.io/cost-tags': 'team=agents,env=prod' }),
      ),
    ).toEqual({ team: 'agents', env: 'prod' });
    expect(() =>
      entityCostTags(entity({ 'agent-platform.io/cost-tags': '' })),
    ).toThrow('agent-platform.io/cost-tags: names no tags');
  });
});
