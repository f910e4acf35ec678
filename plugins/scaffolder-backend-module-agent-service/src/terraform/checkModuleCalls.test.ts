import { checkModuleCalls, ModuleJson } from './checkModuleCalls';

const edge: ModuleJson = {
  variable: {
    service: [{}],
    hostname: [{}],
    proxied: [{ default: true }],
    origin: [{ default: null }],
  },
  output: { url: [{ value: '${x}' }] },
};

describe('checking module calls', () => {
  it('finds nothing wrong with a call that matches the module', () => {
    const root = {
      module: {
        edge: [{ source: './modules/edge', service: 'a', hostname: 'b' }],
      },
    };
    expect(checkModuleCalls(root, 'value = module.edge.url', { edge })).toEqual(
      [],
    );
  });

  it('names arguments the module lacks, required variables not set and outputs it lacks', () => {
    const root = {
      module: {
        edge: [{ source: './modules/edge', service: 'a', zone: 'z', count: 1 }],
      },
    };
    expect(
      checkModuleCalls(root, 'a = module.edge.url\nb = module.edge.dns_id', {
        edge,
      }),
    ).toEqual([
      'module.edge: zone is not a variable of the module',
      'module.edge: the required variable hostname is not set',
      'module.edge.dns_id is not an output of the module',
    ]);
  });

  it('leaves modules it does not know alone', () => {
    const root = { module: { remote: [{ source: 'git::x', anything: 1 }] } };
    expect(checkModuleCalls(root, 'module.remote.y', {})).toEqual([]);
  });
});
