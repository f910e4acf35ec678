import { IncomingMessage, ServerResponse } from 'node:http';
import { hasBearerToken, listenOn, RunningHttpServer, sendJson } from '../http';
import { DEFAULT_HISTORY, historyEndFor } from '../prometheus/history';
import { rescaleEvents } from './events';
import { hpaObject } from './hpaObject';
import { sandboxHpas } from './hpas';
import { matches, parseSelector } from './selectors';
import { KubernetesApiError, statusJson } from './status';

export interface StartKubernetesOptions {
  /** Listens on 127.0.0.1:`port` (0: any free port). */
  port: number;
  /** The wall clock in milliseconds (default `Date.now`). */
  now?: () => number;
  /**
   * End of the Prometheus history the HPAs follow, unix seconds (default:
   * `historyEndFor(now())` at start, as `yarn workspace sandbox start` uses).
   */
  historyEnd?: number;
  /** Seed of the simulation (default the history's). */
  seed?: number;
}

type Route = (match: RegExpExecArray, url: URL, res: ServerResponse) => void;

/** `a.b.c` of a JSON object, when it is a string. */
function field(object: unknown, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<unknown>(
      (parent, key) =>
        parent && typeof parent === 'object'
          ? (parent as Record<string, unknown>)[key]
          : undefined,
      object,
    );
  return typeof value === 'string' ? value : undefined;
}

/**
 * A stand-in for the Kubernetes API on 127.0.0.1: the HorizontalPodAutoscalers
 * of the Kubernetes-hosted demo services (namespace `agents`) and their
 * `SuccessfulRescale` events, in `autoscaling/v2` and `v1` shapes, at the
 * minute of the wall clock in the simulation behind the Prometheus history.
 * Every route wants `Authorization: Bearer <any token>`.
 */
export async function startKubernetes(
  options: StartKubernetesOptions,
): Promise<RunningHttpServer> {
  const now = options.now ?? Date.now;
  const hpas = sandboxHpas({
    seed: options.seed ?? DEFAULT_HISTORY.seed,
    historyEnd: options.historyEnd ?? historyEndFor(now()),
  });
  const nowSeconds = () => Math.floor(now() / 1000);
  const resourceVersion = () => String(Math.floor(nowSeconds() / 60));
  const inNamespace = (namespace: string | undefined) =>
    hpas.filter(hpa => namespace === undefined || hpa.namespace === namespace);

  const routes: Array<[RegExp, Route]> = [
    [
      /^\/apis\/autoscaling\/v2(?:\/namespaces\/([^/]+))?\/horizontalpodautoscalers$/,
      ([, namespace], url, res) => {
        const selector = parseSelector(url.searchParams.get('labelSelector'));
        const items = inNamespace(namespace)
          .filter(hpa => matches(selector, key => hpa.labels[key]))
          .map(hpa => hpaObject(hpa, nowSeconds()));
        sendJson(res, 200, {
          apiVersion: 'autoscaling/v2',
          kind: 'HorizontalPodAutoscalerList',
          metadata: { resourceVersion: resourceVersion() },
          items,
        });
      },
    ],
    [
      /^\/apis\/autoscaling\/v2\/namespaces\/([^/]+)\/horizontalpodautoscalers\/([^/]+)$/,
      ([, namespace, name], _url, res) => {
        const hpa = inNamespace(namespace).find(h => h.name === name);
        if (!hpa) {
          throw new KubernetesApiError(
            404,
            'NotFound',
            `horizontalpodautoscalers.autoscaling "${name}" not found`,
          );
        }
        sendJson(res, 200, {
          apiVersion: 'autoscaling/v2',
          kind: 'HorizontalPodAutoscaler',
          ...hpaObject(hpa, nowSeconds()),
        });
      },
    ],
    [
      /^\/api\/v1(?:\/namespaces\/([^/]+))?\/events$/,
      ([, namespace], url, res) => {
        const selector = parseSelector(url.searchParams.get('fieldSelector'));
        const items = inNamespace(namespace)
          .flatMap(hpa => rescaleEvents(hpa, hpa.rescales, nowSeconds()))
          .filter(event => matches(selector, key => field(event, key)));
        sendJson(res, 200, {
          apiVersion: 'v1',
          kind: 'EventList',
          metadata: { resourceVersion: resourceVersion() },
          items,
        });
      },
    ],
  ];

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!hasBearerToken(req)) {
      sendJson(res, 401, statusJson(401, 'Unauthorized', 'Unauthorized'));
      return;
    }
    if (req.method !== 'GET') {
      sendJson(
        res,
        405,
        statusJson(
          405,
          'MethodNotAllowed',
          'the server does not allow this method on the requested resource',
        ),
      );
      return;
    }
    try {
      for (const [pattern, route] of routes) {
        const match = pattern.exec(url.pathname);
        if (match) {
          route(match, url, res);
          return;
        }
      }
      throw new KubernetesApiError(
        404,
        'NotFound',
        'the server could not find the requested resource',
      );
    } catch (error) {
      if (!(error instanceof KubernetesApiError)) throw error;
      sendJson(res, error.code, error.toStatus());
    }
  }

  return listenOn(options.port, handle, message =>
    statusJson(500, 'InternalError', message),
  );
}
