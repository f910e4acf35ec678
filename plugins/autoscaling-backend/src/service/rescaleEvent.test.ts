import { hpaEvent } from '../__testUtils__/kubernetesFixtures';
import { eventSchema } from '../providers/kubernetesSchemas';
import { parseRescaleMessage, toScalingEvent } from './rescaleEvent';

const event = (reason: string, message: string, time: string) =>
  eventSchema.parse(hpaEvent('api-gateway', reason, message, time));

describe('parseRescaleMessage', () => {
  it('reads the new size and the reason', () => {
    expect(
      parseRescaleMessage(
        'New size: 4; reason: cpu resource utilization (percentage of request) above target',
      ),
    ).toEqual({
      to: 4,
      reason: 'cpu resource utilization (percentage of request) above target',
    });
    expect(
      parseRescaleMessage('New size: 2; reason: All metrics below target'),
    ).toEqual({ to: 2, reason: 'All metrics below target' });
  });

  it('gives undefined for other messages', () => {
    expect(parseRescaleMessage('New size: four; reason: x')).toBeUndefined();
    expect(
      parseRescaleMessage('failed to get cpu utilization'),
    ).toBeUndefined();
  });
});

describe('toScalingEvent', () => {
  it('turns a SuccessfulRescale event into a scaling event', () => {
    expect(
      toScalingEvent(
        event(
          'SuccessfulRescale',
          'New size: 6; reason: memory resource utilization (percentage of request) above target',
          '2026-11-20T11:58:00Z',
        ),
        'api-gateway',
        'eks-prod',
      ),
    ).toEqual({
      time: '2026-11-20T11:58:00.000Z',
      workload: 'api-gateway',
      cluster: 'eks-prod',
      to: 6,
      reason:
        'memory resource utilization (percentage of request) above target',
      source: 'kubernetes-event',
    });
  });

  it('ignores other reasons and events without a time', () => {
    expect(
      toScalingEvent(
        event(
          'FailedGetResourceMetric',
          'failed to get cpu utilization',
          '2026-11-20T11:58:00Z',
        ),
        'api-gateway',
        'eks-prod',
      ),
    ).toBeUndefined();
    const timeless = eventSchema.parse({
      ...hpaEvent(
        'api-gateway',
        'SuccessfulRescale',
        'New size: 3; reason: x',
        '',
      ),
      firstTimestamp: null,
      lastTimestamp: null,
    });
    expect(toScalingEvent(timeless, 'api-gateway', 'eks-prod')).toBeUndefined();
  });
});
