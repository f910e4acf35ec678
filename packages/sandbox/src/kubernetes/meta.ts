import { createHash } from 'node:crypto';

/** A Kubernetes timestamp (RFC 3339, whole seconds, UTC) of unix seconds. */
export function kubeTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** A stable, UUID-shaped `metadata.uid` for an object of a kind. */
export function uidOf(kind: string, namespace: string, name: string): string {
  const hex = createHash('sha256')
    .update(`${kind}/${namespace}/${name}`)
    .digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}
