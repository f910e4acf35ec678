import { ScalingEvent } from '@internal/plugin-autoscaling-common';
import { mergeEvents } from './mergeEvents';

const CPU = 'cpu resource utilization (percentage of request) above target';

function kubernetes(
  time: string,
  to: number,
  extra: Partial<ScalingEvent> = {},
) {
  return {
    time,
    workload: 'api-gateway',
    cluster: 'sandbox',
    to,
    reason: CPU,
    source: 'kubernetes-event' as const,
    ...extra,
  };
}

function step(
  time: string,
  from: number,
  to: number,
  extra: Partial<ScalingEvent> = {},
) {
  return {
    time,
    workload: 'api-gateway',
    cluster: 'sandbox',
    from,
    to,
    reason: 'cpu 96 % above its target 70 %',
    source: 'prometheus' as const,
    ...extra,
  };
}

describe('mergeEvents', () => {
  it('keeps the Kubernetes reason of a change also seen in the series, with the size before from the series', () => {
    expect(
      mergeEvents([
        kubernetes('2026-11-20T10:08:30.000Z', 10),
        step('2026-11-20T10:09:00.000Z', 9, 10, { atMax: true }),
      ]),
    ).toEqual([
      kubernetes('2026-11-20T10:08:30.000Z', 10, { from: 9, atMax: true }),
    ]);
  });

  it('keeps one of a Kubernetes event seen live and recorded', () => {
    const live = kubernetes('2026-11-20T10:08:30.000Z', 10);
    const recorded = { ...live, atMax: true };
    expect(mergeEvents([live, recorded])).toEqual([{ ...live, atMax: true }]);
  });

  it('keeps changes that differ in size, workload, cluster, namespace or time, newest first', () => {
    const events = [
      kubernetes('2026-11-20T10:05:00.000Z', 6),
      step('2026-11-20T10:06:00.000Z', 6, 7), // another size
      step('2026-11-20T10:06:00.000Z', 4, 6, { workload: 'worker' }),
      step('2026-11-20T10:06:00.000Z', 4, 6, { cluster: 'eks-prod' }),
      kubernetes('2026-11-20T10:06:00.000Z', 6, { namespace: 'canary' }),
      step('2026-11-20T10:08:01.000Z', 4, 6), // 3 min 1 s later
      step('2026-11-20T09:00:00.000Z', 3, 4),
    ];

    expect(mergeEvents(events).map(e => e.time)).toEqual([
      '2026-11-20T10:08:01.000Z',
      '2026-11-20T10:06:00.000Z',
      '2026-11-20T10:06:00.000Z',
      '2026-11-20T10:06:00.000Z',
      '2026-11-20T10:06:00.000Z',
      '2026-11-20T10:05:00.000Z',
      '2026-11-20T09:00:00.000Z',
    ]);
  });
});
