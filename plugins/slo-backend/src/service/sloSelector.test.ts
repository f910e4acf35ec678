import { matchesSelector, parseSloSelector } from './sloSelector';

describe('parseSloSelector', () => {
  it('reads one pair and several, ignoring blanks around them', () => {
    expect(parseSloSelector('service=api-gateway')).toEqual([
      { key: 'service', value: 'api-gateway' },
    ]);
    expect(
      parseSloSelector(' service = api-gateway , team=platform-team'),
    ).toEqual([
      { key: 'service', value: 'api-gateway' },
      { key: 'team', value: 'platform-team' },
    ]);
  });

  it.each([
    ['', 'pair 1 is empty'],
    ['service=api-gateway,', 'pair 2 is empty'],
    ['service', '"service" needs exactly one ='],
    ['service=a=b', '"service=a=b" needs exactly one ='],
    ['service=', 'the value of "service" is empty'],
    ['=api-gateway', '"" is not a label name'],
    ['grafana.service=x', '"grafana.service" is not a label name'],
    ['service=a,service=b', '"service" is given twice'],
  ])('rejects %j, naming the selector and the fault', (text, why) => {
    expect(() => parseSloSelector(text)).toThrow(
      `grafana.com/slo-selector "${text}" is not key=value[,key=value]: ${why}`,
    );
  });
});

describe('matchesSelector', () => {
  const labels = [
    { key: 'service', value: 'api-gateway' },
    { key: 'team', value: 'platform-team' },
  ];

  it('needs every pair of the selector among the labels', () => {
    expect(
      matchesSelector(labels, [{ key: 'service', value: 'api-gateway' }]),
    ).toBe(true);
    expect(matchesSelector(labels, labels)).toBe(true);
    expect(
      matchesSelector(labels, [
        { key: 'service', value: 'api-gateway' },
        { key: 'team', value: 'web-team' },
      ]),
    ).toBe(false);
    expect(
      matchesSelector([], [{ key: 'service', value: 'api-gateway' }]),
    ).toBe(false);
  });

  it('compares keys and values exactly', () => {
    expect(
      matchesSelector(labels, [{ key: 'service', value: 'api-gateway-v2' }]),
    ).toBe(false);
    expect(
      matchesSelector(labels, [{ key: 'Service', value: 'api-gateway' }]),
    ).toBe(false);
  });
});
