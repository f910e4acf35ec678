import { rescaleEvents } from './events';

const HPA = { namespace: 'agents', name: 'api-gateway' };
const T = Date.UTC(2026, 10, 17, 14) / 1000;
const MINUTE = 60;
const UP = 'cpu resource utilization (percentage of request) above target';
const DOWN = 'All metrics below target';

describe('rescaleEvents', () => {
  const rescales = [
    { time: T, size: 3, reason: UP },
    { time: T + 10 * MINUTE, size: 2, reason: DOWN },
    { time: T + 30 * MINUTE, size: 3, reason: UP },
    { time: T + 95 * MINUTE, size: 2, reason: DOWN },
    { time: T + 200 * MINUTE, size: 3, reason: UP },
  ];
  const summary = (now: number) =>
    rescaleEvents(HPA, rescales, now).map(e => [
      e.message.split(';')[0],
      e.firstTimestamp.slice(11, 16),
      e.lastTimestamp.slice(11, 16),
      e.count,
    ]);

  it('counts a message repeated within the hour on one event', () => {
    expect(summary(T + 40 * MINUTE)).toEqual([
      ['New size: 3', '14:00', '14:30', 2],
      ['New size: 2', '14:10', '14:10', 1],
    ]);
  });

  it('keeps an event for an hour after its last occurrence, and nothing from after now', () => {
    // 15:25: "3" last happened 55 min ago, "2" 75 min ago
    expect(summary(T + 85 * MINUTE)).toEqual([
      ['New size: 3', '14:00', '14:30', 2],
    ]);
    // 15:30: an hour after 14:30, both are gone
    expect(summary(T + 90 * MINUTE)).toEqual([]);
    // 15:35: "2" again, a new event
    expect(summary(T + 95 * MINUTE)).toEqual([
      ['New size: 2', '15:35', '15:35', 1],
    ]);
    expect(summary(T + 29 * MINUTE)).toEqual([
      ['New size: 3', '14:00', '14:00', 1],
      ['New size: 2', '14:10', '14:10', 1],
    ]);
  });

  it("has Kubernetes' event shape", () => {
    const [event] = rescaleEvents(HPA, rescales, T);
    expect(event).toEqual({
      metadata: {
        // 2026-11-17T14:00:00Z in nanoseconds, hexadecimal
        name: `api-gateway.${(BigInt(T) * BigInt(1e9)).toString(16)}`,
        namespace: 'agents',
      },
      involvedObject: {
        kind: 'HorizontalPodAutoscaler',
        apiVersion: 'autoscaling/v2',
        namespace: 'agents',
        name: 'api-gateway',
        uid: expect.stringMatching(
          /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
        ),
      },
      reason: 'SuccessfulRescale',
      message: `New size: 3; reason: ${UP}`,
      type: 'Normal',
      firstTimestamp: '2026-11-17T14:00:00Z',
      lastTimestamp: '2026-11-17T14:00:00Z',
      count: 1,
      source: { component: 'horizontal-pod-autoscaler' },
    });
  });
});
