// Load test run by the deploy workflow:
//   k6 run -e BASE_URL=https://${{ values.edgeDomain }} -e P95_LATENCY_MS=${{ values.slo.p95LatencyMs }} k6/load.js
// String concatenation is used on purpose (no JS template literals) so the
// scaffolder's templating never sees a dollar-brace sequence here.
import http from 'k6/http';
import { check, sleep } from 'k6';

const BASE_URL = (__ENV.BASE_URL || 'http://localhost:${{ values.port }}').replace(/\/+$/, '');
const P95_LATENCY_MS = __ENV.P95_LATENCY_MS || '${{ values.slo.p95LatencyMs }}';

export const options = {
  stages: [
    { duration: '30s', target: 5 }, // ramp up
    { duration: '1m', target: 5 }, // steady
    { duration: '15s', target: 0 }, // ramp down
  ],
  thresholds: {
    http_req_duration: ['p(95)<' + P95_LATENCY_MS],
    http_req_failed: ['rate<0.01'],
  },
};

const JSON_HEADERS = { headers: { 'Content-Type': 'application/json' }, tags: { name: 'invoke' } };

export default function () {
  const health = http.get(BASE_URL + '/health', { tags: { name: 'health' } });
  check(health, {
    'health is 200': (r) => r.status === 200,
  });

  const payload = JSON.stringify({ input: 'k6 load test', vu: __VU, iteration: __ITER });
  const invoke = http.post(BASE_URL + '/v1/invoke', payload, JSON_HEADERS);
  check(invoke, {
    'invoke is 200': (r) => r.status === 200,
    'invoke names the agent': (r) => r.json('agent') === '${{ values.agentType }}',
  });

  sleep(1);
}
