import { gatewayHpa, policyWorkload, workerHpa } from '../testing/fixtures';
import { workloadWarnings } from './warnings';

describe('workloadWarnings', () => {
  it('warns of the maximum and of a ScalingLimited condition', () => {
    expect(workloadWarnings(gatewayHpa)).toEqual([
      expect.objectContaining({
        kind: 'at-max',
        title: 'At maximum: 10 of 10 replicas',
      }),
      {
        kind: 'limited',
        title: 'Scaling limited: TooManyReplicas',
        detail:
          'the desired replica count is more than the maximum replica count',
      },
    ]);
  });

  it('says a workload is unable to scale when AbleToScale or ScalingActive is False', () => {
    expect(
      workloadWarnings({
        ...workerHpa,
        conditions: [
          { type: 'AbleToScale', status: 'False', reason: 'FailedGetScale' },
          { type: 'ScalingActive', status: 'False' },
          { type: 'ScalingActive', status: 'Unknown' },
        ],
      }).map(warning => warning.title),
    ).toEqual([
      'Unable to scale: AbleToScale is False (FailedGetScale)',
      'Unable to scale: ScalingActive is False (ScalingActive)',
    ]);
  });

  it('has nothing to say about healthy workloads', () => {
    expect(workloadWarnings(workerHpa)).toEqual([]);
    expect(workloadWarnings(policyWorkload)).toEqual([]);
  });
});
