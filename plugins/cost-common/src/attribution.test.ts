import { parseCostTags } from './annotations';
import { attribute, AttributionTarget, attributor } from './attribution';

const gateway = {
  entityRef: 'component:default/api-gateway',
  costTags: { service: 'api-gateway' },
};
const gatewayDb = {
  entityRef: 'resource:default/api-gateway-db',
  costTags: { service: 'api-gateway', component: 'db' },
};
const agents = {
  entityRef: 'group:default/agents',
  costTags: { team: 'agents' },
};
const entities = [gateway, gatewayDb, agents];

describe('attribute', () => {
  it('picks the entity whose cost tags the row carries, extra row tags ignored', () => {
    expect(attribute({ service: 'api-gateway', env: 'prod' }, entities)).toBe(
      'component:default/api-gateway',
    );
    expect(attribute({ team: 'agents' }, entities)).toBe(
      'group:default/agents',
    );
  });

  it('prefers the most specific match', () => {
    // api-gateway-db needs 2 tags, api-gateway 1: both match, 2 wins
    expect(
      attribute({ service: 'api-gateway', component: 'db' }, entities),
    ).toBe('resource:default/api-gateway-db');
  });

  it('breaks ties by the smallest entityRef, whatever the catalog order', () => {
    // api-gateway and agents match with 1 tag each;
    // "component:default/api-gateway" < "group:default/agents"
    const tags = { service: 'api-gateway', team: 'agents' };
    expect(attribute(tags, entities)).toBe('component:default/api-gateway');
    expect(attribute(tags, [...entities].reverse())).toBe(
      'component:default/api-gateway',
    );
  });

  it('needs every cost tag, with the exact value', () => {
    expect(attribute({ component: 'db' }, [gatewayDb])).toBeUndefined();
    expect(attribute({ service: 'API-Gateway' }, entities)).toBeUndefined();
    expect(attribute({ Service: 'api-gateway' }, entities)).toBeUndefined();
  });

  it('leaves a row unallocated when nothing matches', () => {
    expect(attribute({}, entities)).toBeUndefined();
    expect(attribute({ service: 'billing' }, entities)).toBeUndefined();
    expect(attribute({ service: 'api-gateway' }, [])).toBeUndefined();
  });

  it('never matches an entity without cost tags', () => {
    const everything = { entityRef: 'component:default/all', costTags: {} };
    expect(attribute({}, [everything])).toBeUndefined();
    expect(attribute({ team: 'agents' }, [everything])).toBeUndefined();
  });

  it('matches a "__proto__" tag like any other', () => {
    // JSON.parse and parseCostTags both keep it as a plain key
    const proto = {
      entityRef: 'component:default/proto',
      costTags: parseCostTags('__proto__=x'),
    };
    expect(attribute(JSON.parse('{"__proto__":"x"}'), [proto])).toBe(
      'component:default/proto',
    );
  });
});

describe('attributor', () => {
  it('answers as attribute does, whatever the order of the row’s tags', () => {
    const all: AttributionTarget[] = [
      ...entities,
      { entityRef: 'component:default/aaa', costTags: { team: 'agents' } },
      { entityRef: 'component:default/untagged', costTags: {} },
      {
        entityRef: 'component:default/db-first',
        costTags: { component: 'db', service: 'api-gateway' },
      },
    ];
    const rows: Array<Record<string, string>> = [
      { service: 'api-gateway', env: 'prod' },
      { env: 'prod', component: 'db', service: 'api-gateway' },
      { team: 'agents' },
      { service: 'api-gateway', component: 'cache' },
      { other: 'x' },
      {},
    ];
    const indexed = attributor(all);
    for (const tags of rows) {
      expect(indexed(tags)).toBe(attribute(tags, all));
    }
    // the two entities needing db and api-gateway tie; the smaller ref wins
    expect(indexed(rows[1])).toBe('component:default/db-first');
    expect(indexed(rows[2])).toBe('component:default/aaa');
    expect(indexed(rows[4])).toBeUndefined();
  });
});
