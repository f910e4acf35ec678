/** A `v1` `Status`: how the Kubernetes API answers an error. */
export interface StatusJson {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: {};
  status: 'Failure';
  message: string;
  reason: string;
  code: number;
}

/** An answer other than 200, sent as a {@link StatusJson}. */
export class KubernetesApiError extends Error {
  constructor(readonly code: number, readonly reason: string, message: string) {
    super(message);
  }

  /** The body of the answer. */
  toStatus(): StatusJson {
    return statusJson(this.code, this.reason, this.message);
  }
}

/** A `Status` body with Kubernetes' fields. */
export function statusJson(
  code: number,
  reason: string,
  message: string,
): StatusJson {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
}
