import { incidentsFor } from '../prometheus/incidents';
import { DEMO_SERVICES } from '../services';
import {
  hpaReplicasFor,
  NODE_GROUP,
  railwayInstancesFor,
  simulateUsage,
} from './usage';

const service = (name: string) => DEMO_SERVICES.find(s => s.name === name)!;
const DAY = 86_400;
const END = Date.UTC(2026, 10, 20) / 1000;

describe('hpaReplicasFor', () => {
  it('keeps CPU per replica at the target, within min and max', () => {
    const gateway = service('api-gateway');
    // 0.02 cores per request/s; 0.7 × 0.5 − 0.05 idle = 0.3 cores of work per replica
    expect(hpaReplicasFor(gateway, 0)).toBe(2);
    expect(hpaReplicasFor(gateway, 40)).toBe(3); // 0.8 / 0.3 = 2.67
    expect(hpaReplicasFor(gateway, 75)).toBe(5); // 1.5 / 0.3 = 5
    expect(hpaReplicasFor(gateway, 240)).toBe(10); // 16, capped
    // an agent: 0.05 cores per request/s, 0.75 × 0.25 − 0.02 = 0.1675 per replica
    expect(hpaReplicasFor(service('opportunity-agent'), 4)).toBe(2); // 1.19
    expect(() => hpaReplicasFor(service('inventory-backend'), 1)).toThrow(
      'not scaled by an HPA',
    );
  });
});

describe('railwayInstancesFor', () => {
  it('scales on the policy’s CPU threshold, within 1–5 instances', () => {
    const backend = service('inventory-backend');
    // 0.8 × 1 core − 0.05 idle = 0.75 busy cores per instance
    expect(railwayInstancesFor(backend, 0.24)).toBe(1);
    expect(railwayInstancesFor(backend, 1.5)).toBe(2);
    expect(railwayInstancesFor(backend, 0.24 + 3.6)).toBe(5); // 5.12, capped
  });
});

describe('simulateUsage', () => {
  const firstDay = (END - 7 * DAY) / DAY;
  const days = simulateUsage({
    seed: 1,
    firstDay,
    lastDay: END / DAY - 1,
    referenceDay: Date.UTC(2026, 10, 1) / 1000 / DAY,
    incidents: incidentsFor(END),
  });
  const on = (date: string) =>
    days.find(d => d.day === Date.parse(date) / 1000 / DAY)!;

  it('runs the node group at its floor on ordinary days', () => {
    expect(on('2026-11-13').nodeHours).toBe(NODE_GROUP.minNodes * 24);
    expect(on('2026-11-13').services['api-gateway'].addedNodeHours).toBe(0);
  });

  it('adds nodes for the scale-out and keeps them until the redeploy at 02:00', () => {
    const surge = on('2026-11-17');
    // 10 gateway replicas × 0.5 + the others + kube-system > 3 × 1.93 cores
    expect(surge.nodeHours).toBeGreaterThan(NODE_GROUP.minNodes * 24 + 15);
    expect(surge.services['api-gateway'].addedNodeHours).toBeGreaterThan(10);
    const after = on('2026-11-18');
    // two extra nodes for the two hours before 02:00
    expect(after.nodeHours).toBe(NODE_GROUP.minNodes * 24 + 2 * 2);
  });

  it('burns the spike’s extra cores on Railway', () => {
    const backend = (date: string) => on(date).services['inventory-backend'];
    // 3.6 cores for 90 minutes: + 5.4 core-hours, and up to 5 instances
    const extra =
      backend('2026-11-15').usedCoreHours - backend('2026-11-14').usedCoreHours;
    expect(extra).toBeGreaterThan(5.4);
    expect(extra).toBeLessThan(5.4 + 1);
    expect(backend('2026-11-15').replicaHours).toBeGreaterThan(24 + 4);
  });
});
