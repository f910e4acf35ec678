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

const HPA = {
  name: 'api-gateway',
  cluster: 'eks-prod',
  namespace: 'agents',
  maxReplicas: 10,
};

describe('toScalingEvent', () => {
  it('turns a SuccessfulRescale event into a scaling event', () => {
    expect(
      toScalingEvent(
        event(
          'SuccessfulRescale',
          'New size: 6; reason: memory resource utilization (percentage of request) above target',
          '2026-11-20T11:58:00Z',
        ),
        HPA,
      ),
    ).toEqual({
      time: '2026-11-20T11:58:00.000Z',
      workload: 'api-gateway',
      cluster: 'eks-prod',
      namespace: 'agents',
      to: 6,
      reason:
        'memory resource utilization (percentage of request) above target',
      source: 'kubernetes-event',
      atMax: false,
    });
  });

  it('says when the step reached the maximum', () => {
    const atTen = toScalingEvent(
      event(
        'SuccessfulRescale',
        'New size: 10; reason: cpu resource utilization (percentage of request) above target',
        '2026-11-20T11:58:00Z',
      ),
      HPA,
    );
    expect(atTen?.atMax).toBe(true);
  });

  it('ignores other reasons and events without a time', () => {
    expect(
      toScalingEvent(
        event(
          'FailedGetResourceMetric',
          'failed to get cpu utilization',
          '2026-11-20T11:58:00Z',
        ),
        HPA,
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
    expect(toScalingEvent(timeless, HPA)).toBeUndefined();
  });
});
