import { matches, parseSelector } from './selectors';
import { KubernetesApiError } from './status';

describe('selectors', () => {
  const labels: Record<string, string> = {
    app: 'api-gateway',
    'backstage.io/kubernetes-id': 'api-gateway',
  };
  const select = (selector: string | null) =>
    matches(parseSelector(selector), key => labels[key]);

  it('requires every comma-separated equality', () => {
    expect(select('backstage.io/kubernetes-id=api-gateway')).toBe(true);
    expect(
      select('app==api-gateway, backstage.io/kubernetes-id=api-gateway'),
    ).toBe(true);
    expect(
      select('app=api-gateway,backstage.io/kubernetes-id=orchestrator'),
    ).toBe(false);
    expect(select('team=platform')).toBe(false);
  });

  it('selects everything without a selector', () => {
    expect(select(null)).toBe(true);
    expect(select('')).toBe(true);
  });

  it('refuses what it cannot parse with a 400', () => {
    expect(() => parseSelector('app in (api-gateway)')).toThrow(
      KubernetesApiError,
    );
    expect(() => parseSelector('app!=api-gateway')).toThrow(
      /unable to parse requirement/,
    );
  });
});
