import { ActionPin, PinnedAction } from './actionPins';

/**
 * The releases the workflows use by default, each at the commit its tag
 * pointed to, as pinned in several public repositories' workflows
 * (checked 2026-12-02). `agentService.pipeline.actions` overrides them;
 * Dependabot or Renovate keep the generated workflows current.
 */
export const DEFAULT_ACTION_PINS: Record<PinnedAction, ActionPin> = {
  'actions/checkout': {
    sha: '11bd71901bbe5b1630ceea73d27597364c9af683',
    version: 'v4.2.2',
  },
  'actions/setup-node': {
    sha: '49933ea5288caeca8642d1e84afbd3f7d6820020',
    version: 'v4.4.0',
  },
  'docker/setup-buildx-action': {
    sha: 'e468171a9de216ec08956ac3ada2f0791b6bd435',
    version: 'v3.11.1',
  },
  'docker/login-action': {
    sha: '74a5d142397b4f367a81961eba4e8cd7edddf772',
    version: 'v3.4.0',
  },
  'docker/build-push-action': {
    sha: '263435318d21b8e681c14492fe198d362a7d2c83',
    version: 'v6.18.0',
  },
  'hashicorp/setup-terraform': {
    sha: 'b9cd54a3c349d3f38e8881555d616ced269862dd',
    version: 'v3.1.2',
  },
  'aquasecurity/trivy-action': {
    sha: 'ed142fd0673e97e23eac54620cfb913e5ce36c25',
    version: 'v0.36.0',
  },
  'gitleaks/gitleaks-action': {
    sha: 'ff98106e4c7b2bc287b24eaf42907196329070c7',
    version: 'v2.3.9',
  },
  'grafana/setup-k6-action': {
    sha: 'db07bd9765aac508ef18982e52ab937fe633a065',
    version: 'v1.2.1',
  },
  'grafana/run-k6-action': {
    sha: 'de51a7390bdf0ac85a3bef493691bd71d4c7c158',
    version: 'v1.4.0',
  },
  'getsentry/action-release': {
    sha: 'ff07929a6537bac57790c3451cf4d364aca38528',
    version: 'v3.7.0',
  },
};
