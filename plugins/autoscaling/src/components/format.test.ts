import {
  formatChange,
  formatDuration,
  formatMetricValue,
  formatPlace,
  formatRecommendation,
  formatRules,
} from './format';
import { gatewayHpa, policyWorkload } from '../testing/fixtures';

describe('format', () => {
  it.each([
    [93, '%', '93 %'],
    [412.46, 'ms', '412.5 ms'],
    [3, '', '3'],
    [undefined, '%', '—'],
  ])('writes %p %p as %p', (value, unit, text) => {
    expect(formatMetricValue(value, unit)).toBe(text);
  });

  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [300, '5 min'],
    [150, '2 min 30 s'],
    [5400, '1 h 30 min'],
    [7200, '2 h'],
  ])('writes %i seconds as %p', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('places a workload in its cluster and namespace, or calls it a policy', () => {
    expect(formatPlace(gatewayHpa)).toBe('sandbox / agents');
    expect(formatPlace(policyWorkload)).toBe('policy');
  });

  it('says what a policy would do', () => {
    expect(formatRecommendation(policyWorkload.recommendation!)).toBe(
      'Would scale up to 3: cpu 93 % is over 80 %',
    );
    expect(
      formatRecommendation({ action: 'hold', replicas: 2, reason: 'in range' }),
    ).toBe('Would hold at 2: in range');
  });

  it('puts scaling rules in words', () => {
    expect(formatRules(gatewayHpa.behavior.scaleUp!, 'window')).toBe(
      'no window · 4 pods per 15 s or 100 % per 15 s, whichever is more',
    );
    expect(
      formatRules(
        { ...gatewayHpa.behavior.scaleUp!, selectPolicy: 'Min' },
        'window',
      ),
    ).toMatch(/whichever is less$/);
    expect(
      formatRules({ selectPolicy: 'Disabled', policies: [] }, 'window'),
    ).toBe('disabled');
    expect(formatRules({ policies: [] }, 'window')).toBe('defaults');
    expect(formatRules(policyWorkload.behavior.scaleDown!, 'cooldown')).toBe(
      '10 min cooldown',
    );
  });

  it('writes a change with or without the count before', () => {
    const event = {
      time: '2026-11-22T10:00:00Z',
      workload: 'api-gateway',
      to: 10,
      reason: 'scaled',
      source: 'prometheus' as const,
    };
    expect(formatChange({ ...event, from: 8 })).toBe('8 → 10');
    expect(formatChange(event)).toBe('→ 10');
  });
});
