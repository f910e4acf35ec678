import { Config } from '@backstage/config';

/** The third-party actions the workflows use. */
export const PINNED_ACTIONS = [
  'actions/checkout',
  'actions/setup-node',
  'docker/setup-buildx-action',
  'docker/login-action',
  'docker/build-push-action',
  'hashicorp/setup-terraform',
  'aquasecurity/trivy-action',
  'gitleaks/gitleaks-action',
  'grafana/setup-k6-action',
  'grafana/run-k6-action',
  'getsentry/action-release',
] as const;

/** One of {@link PINNED_ACTIONS}. */
export type PinnedAction = (typeof PINNED_ACTIONS)[number];

/** An action at a full commit SHA, with the release it is for the reader. */
export interface ActionPin {
  sha: string;
  version: string;
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * The commit each action is pinned to: `agentService.pipeline.actions`,
 * e.g. `[{ action: actions/checkout, sha: 11bd…, version: v4.2.2 }]`, over
 * `defaults`.
 * Throws naming an action without a pin or with one that is not a full
 * 40-hex commit SHA (a tag or branch can move).
 */
export function readActionPins(
  config: Config,
  defaults: Partial<Record<PinnedAction, ActionPin>>,
): Record<PinnedAction, ActionPin> {
  const configuredPins = new Map(
    (config.getOptionalConfigArray('agentService.pipeline.actions') ?? []).map(
      entry => [entry.getString('action'), entry] as const,
    ),
  );
  const pins = {} as Record<PinnedAction, ActionPin>;
  for (const action of PINNED_ACTIONS) {
    const configured = configuredPins.get(action);
    const pin = configured
      ? {
          sha: configured.getString('sha'),
          version: configured.getString('version'),
        }
      : defaults[action];
    if (!pin) {
      throw new Error(
        `agentService.pipeline.actions must give the commit SHA to pin ${action} to`,
      );
    }
    if (!SHA.test(pin.sha)) {
      throw new Error(
        `the pin of ${action} must be a full 40-hex commit SHA, not ${pin.sha}`,
      );
    }
    pins[action] = pin;
  }
  return pins;
}
