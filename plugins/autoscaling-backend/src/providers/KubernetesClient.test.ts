import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { rejectionWithoutSecrets } from '@internal/backend-kit';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  apiGatewayHpa,
  eventList,
  hpaEvent,
  hpaList,
} from '../__testUtils__/kubernetesFixtures';
import { KubernetesClient, KubernetesClusterOptions } from './KubernetesClient';

const CLUSTER = 'https://k8s.test:6443';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.k8sTestToken_4f2a91';

const server = setupServer();
registerMswTestHooks(server);

type Answer = () => Response | Promise<Response>;

/** Answers each request with the next of `answers` (the last repeats); notes what was asked. */
function cluster(...answers: Answer[]) {
  const seen: Array<{ url: URL; authorization: string | null }> = [];
  server.use(
    http.get(`${CLUSTER}/*`, ({ request }) => {
      seen.push({
        url: new URL(request.url),
        authorization: request.headers.get('authorization'),
      });
      return answers[Math.min(seen.length, answers.length) - 1]();
    }),
  );
  return seen;
}

function client(options: Partial<KubernetesClusterOptions> = {}) {
  return new KubernetesClient({
    name: 'eks-prod',
    url: `${CLUSTER}/`,
    token: TOKEN,
    timeoutMs: 1_000,
    attempts: 3,
    backoffMs: 1,
    ...options,
  });
}

const rejection = (promise: Promise<unknown>) =>
  rejectionWithoutSecrets(promise, TOKEN, 'k8sTestToken');

describe('KubernetesClient', () => {
  it('lists the HPAs of a namespace by label selector, with the bearer token', async () => {
    const seen = cluster(() => HttpResponse.json(hpaList(apiGatewayHpa())));
    const hpas = await client().listHpas(
      'agents',
      'backstage.io/kubernetes-id=api-gateway',
    );
    expect(hpas.map(h => h.metadata.name)).toEqual(['api-gateway']);
    expect(hpas[0].spec.maxReplicas).toBe(10);
    expect(seen).toHaveLength(1);
    expect(seen[0].url.pathname).toBe(
      '/apis/autoscaling/v2/namespaces/agents/horizontalpodautoscalers',
    );
    expect(seen[0].url.searchParams.get('labelSelector')).toBe(
      'backstage.io/kubernetes-id=api-gateway',
    );
    expect(seen[0].authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('lists the HPAs of every namespace when none is given', async () => {
    const seen = cluster(() => HttpResponse.json(hpaList()));
    await expect(client().listHpas(undefined, 'app=x')).resolves.toEqual([]);
    expect(seen[0].url.pathname).toBe(
      '/apis/autoscaling/v2/horizontalpodautoscalers',
    );
  });

  it('lists the events of one HPA by field selector', async () => {
    const seen = cluster(() =>
      HttpResponse.json(
        eventList(
          hpaEvent(
            'api-gateway',
            'SuccessfulRescale',
            'New size: 4; reason: cpu resource utilization (percentage of request) above target',
            '2026-11-20T11:58:00Z',
          ),
        ),
      ),
    );
    const events = await client().listHpaEvents('agents', 'api-gateway');
    expect(events.map(e => e.reason)).toEqual(['SuccessfulRescale']);
    expect(seen[0].url.pathname).toBe('/api/v1/namespaces/agents/events');
    expect(seen[0].url.searchParams.get('fieldSelector')).toBe(
      'involvedObject.kind=HorizontalPodAutoscaler,involvedObject.name=api-gateway',
    );
  });

  it('reads the token from the service account file on each request', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'k8s-token-'));
    try {
      const file = join(dir, 'token');
      await writeFile(file, 'first-token\n');
      const seen = cluster(() => HttpResponse.json(hpaList()));
      const fromFile = client({
        token: undefined,
        serviceAccountTokenFile: file,
      });
      await fromFile.listHpas('agents', 'app=x');
      await writeFile(file, 'rotated-token');
      await fromFile.listHpas('agents', 'app=x');
      expect(seen.map(s => s.authorization)).toEqual([
        'Bearer first-token',
        'Bearer rotated-token',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names a missing token file without retrying', async () => {
    const seen = cluster(() => HttpResponse.json(hpaList()));
    const error = await rejection(
      client({
        token: undefined,
        serviceAccountTokenFile: '/nonexistent/token',
      }).listHpas('agents', 'app=x'),
    );
    expect(error.message).toBe(
      'Cannot read the token file of Kubernetes cluster eks-prod (/nonexistent/token): ENOENT',
    );
    expect(seen).toHaveLength(0);
  });

  it('refuses a cluster without any token', () => {
    expect(() => client({ token: undefined })).toThrow(
      'Kubernetes cluster eks-prod needs a token or a serviceAccountTokenFile',
    );
  });

  it('gives up at once on 401 and 403, without the token in the message', async () => {
    for (const status of [401, 403]) {
      const seen = cluster(() =>
        HttpResponse.json(
          { kind: 'Status', status: 'Failure', reason: 'Forbidden' },
          { status },
        ),
      );
      const error = await rejection(client().listHpas('agents', 'app=x'));
      expect(error.message).toMatch(
        new RegExp(
          `^Kubernetes cluster eks-prod refused the token \\(${status}\\b`,
        ),
      );
      expect(seen).toHaveLength(1);
      server.resetHandlers();
    }
  });

  it('retries a 500 and a 503, then answers', async () => {
    const seen = cluster(
      () => new HttpResponse('etcd timeout', { status: 500 }),
      () => new HttpResponse('busy', { status: 503 }),
      () => HttpResponse.json(hpaList(apiGatewayHpa())),
    );
    await expect(client().listHpas('agents', 'app=x')).resolves.toHaveLength(1);
    expect(seen).toHaveLength(3);
  });

  it('gives up after the attempts, naming the cluster but not the token', async () => {
    const seen = cluster(() => new HttpResponse('busy', { status: 503 }));
    const error = await rejection(client().listHpas('agents', 'app=x'));
    expect(error.message).toMatch(
      /^Kubernetes cluster eks-prod at https:\/\/k8s\.test:6443 failed after 3 attempts/,
    );
    expect(seen).toHaveLength(3);
  });

  it('stops waiting after timeoutMs on each attempt', async () => {
    cluster(async () => {
      await delay(500);
      return HttpResponse.json(hpaList());
    });
    const error = await rejection(
      client({ timeoutMs: 50, attempts: 2 }).listHpas('agents', 'app=x'),
    );
    expect((error as { cause?: Error }).cause?.message).toBe(
      'Kubernetes cluster eks-prod did not answer within 50 ms',
    );
  });

  it('names the field of an answer in an unexpected shape', async () => {
    const broken = apiGatewayHpa({ spec: { maxReplicas: 'ten' } });
    const seen = cluster(() => HttpResponse.json(hpaList(broken)));
    const error = await rejection(client().listHpas('agents', 'app=x'));
    expect(error.message).toBe(
      'Kubernetes cluster eks-prod answered the HorizontalPodAutoscalers in an unexpected shape: items.0.spec.maxReplicas: Expected number, received string',
    );
    expect(seen).toHaveLength(1);
  });

  it('refuses a 404 without retrying', async () => {
    const seen = cluster(
      () => new HttpResponse('404 page not found', { status: 404 }),
    );
    const error = await rejection(client().listHpas('agents', 'app=x'));
    expect(error.message).toBe(
      'Kubernetes cluster eks-prod answered 404 Not Found for the HorizontalPodAutoscalers',
    );
    expect(seen).toHaveLength(1);
  });
});
