import { Workload } from '@internal/plugin-autoscaling-common';

/** The demo gateway's HPA as a workload: 2–10 replicas at 70 % CPU and 80 % memory. */
export const GATEWAY_WORKLOAD: Workload = {
  name: 'api-gateway',
  cluster: 'sandbox',
  namespace: 'agents',
  source: 'kubernetes',
  minReplicas: 2,
  maxReplicas: 10,
  currentReplicas: 2,
  desiredReplicas: 2,
  metrics: [
    { name: 'cpu', target: 70, unit: '%' },
    { name: 'memory', target: 80, unit: '%' },
  ],
  behavior: {},
  conditions: [],
  atMax: false,
  cooldownRemainingSeconds: 0,
};
