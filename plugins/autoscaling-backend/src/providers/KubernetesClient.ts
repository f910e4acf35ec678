import { readFile } from 'node:fs/promises';
import { z } from 'zod/v3';
import { assertHeaderSafeToken, fetchWithRetry } from '@internal/backend-kit';
import {
  eventListSchema,
  Hpa,
  hpaListSchema,
  KubernetesEvent,
} from './kubernetesSchemas';

/** One cluster of `autoscaling.kubernetes.clusters[]`. */
export interface KubernetesClusterOptions {
  /** How the cluster is named in answers, e.g. `eks-prod`. */
  name: string;
  /** The API server, e.g. `https://k8s.example.com:6443`. */
  url: string;
  /** A bearer token; never logged. */
  token?: string;
  /** A file holding the bearer token, read on every request as it may rotate. */
  serviceAccountTokenFile?: string;
  timeoutMs: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** Delay before the first retry; doubles on each further one. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

/** An answer no retry can mend: a refused token, a 4xx, a broken body. */
class KubernetesAnswerError extends Error {
  name = 'KubernetesAnswerError';
}

/**
 * The Kubernetes API of one cluster, read-only: its HorizontalPodAutoscalers
 * and their events, with a bearer token, an explicit timeout per attempt and
 * bounded retries that honour `Retry-After`.
 */
export class KubernetesClient {
  readonly name: string;
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: KubernetesClusterOptions) {
    if (!options.token && !options.serviceAccountTokenFile) {
      throw new Error(
        `Kubernetes cluster ${options.name} needs a token or a serviceAccountTokenFile`,
      );
    }
    assertHeaderSafeToken(options.token, `Kubernetes cluster ${options.name}`);
    this.name = options.name;
    this.baseUrl = options.url.replace(/\/+$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  /**
   * The HPAs matching `labelSelector` in `namespace`, or in every namespace
   * when none is given.
   */
  async listHpas(
    namespace: string | undefined,
    labelSelector: string,
  ): Promise<Hpa[]> {
    const path =
      namespace === undefined
        ? '/apis/autoscaling/v2/horizontalpodautoscalers'
        : `/apis/autoscaling/v2/namespaces/${encodeURIComponent(
            namespace,
          )}/horizontalpodautoscalers`;
    const { items } = await this.get(
      path,
      new URLSearchParams({ labelSelector }),
      hpaListSchema,
      'the HorizontalPodAutoscalers',
    );
    return items;
  }

  /** The events of the HPA `name` in `namespace`. */
  async listHpaEvents(
    namespace: string,
    name: string,
  ): Promise<KubernetesEvent[]> {
    const { items } = await this.get(
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`,
      new URLSearchParams({
        fieldSelector: `involvedObject.kind=HorizontalPodAutoscaler,involvedObject.name=${name}`,
      }),
      eventListSchema,
      `the events of HorizontalPodAutoscaler ${namespace}/${name}`,
    );
    return items;
  }

  private async token(): Promise<string> {
    const { token, serviceAccountTokenFile: file } = this.options;
    if (token) return token;
    let text: string;
    try {
      text = (await readFile(file!, 'utf8')).trim();
    } catch (e) {
      throw new KubernetesAnswerError(
        `Cannot read the token file of Kubernetes cluster ${
          this.name
        } (${file}): ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      );
    }
    assertHeaderSafeToken(text, `Kubernetes cluster ${this.name}`);
    return text;
  }

  private async get<T>(
    path: string,
    params: URLSearchParams,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    what: string,
  ): Promise<T> {
    const token = await this.token();
    return fetchWithRetry(
      `${this.baseUrl}${path}?${params}`,
      {
        method: 'GET',
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
        },
      },
      {
        timeoutMs: this.options.timeoutMs,
        attempts: this.options.attempts ?? 3,
        backoffMs: this.options.backoffMs ?? 250,
        fetch: this.fetch,
        name: `Kubernetes cluster ${this.name}`,
        describe: `Kubernetes cluster ${this.name} at ${this.baseUrl}`,
        read: res => this.read(res, schema, what),
        isFinal: error => error instanceof KubernetesAnswerError,
      },
    );
  }

  private async read<T>(
    res: Response,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    what: string,
  ): Promise<T> {
    const where = `Kubernetes cluster ${this.name}`;
    const status = `${res.status} ${res.statusText}`.trim();
    if (res.status === 401 || res.status === 403) {
      throw new KubernetesAnswerError(
        `${where} refused the token (${status}) for ${what}: check its token and that it may list horizontalpodautoscalers and events`,
      );
    }
    if (res.status >= 500) {
      // worth another attempt: the API server or its proxy is struggling
      throw new Error(`${where} answered ${status} for ${what}`);
    }
    if (!res.ok) {
      throw new KubernetesAnswerError(
        `${where} answered ${status} for ${what}`,
      );
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (error) {
      if ((error as Error | undefined)?.name !== 'SyntaxError') throw error;
      throw new KubernetesAnswerError(
        `${where} answered ${what} with a body that is not JSON`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new KubernetesAnswerError(
        `${where} answered ${what} in an unexpected shape: ${
          issue.path.join('.') || 'the body'
        }: ${issue.message}`,
      );
    }
    return parsed.data;
  }
}
