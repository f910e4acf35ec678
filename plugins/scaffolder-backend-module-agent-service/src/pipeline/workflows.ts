import { ServiceSpec } from '../service/serviceSpec';
import { environmentValues } from '../terraform/environments';
import { ActionPin, PinnedAction } from './actionPins';

/** A GitHub Actions workflow as written: a file name and its document. */
export interface Workflow {
  /** Under `.github/workflows/` */
  file: string;
  document: Record<string, unknown>;
}

type Step = Record<string, unknown>;

/**
 * The service's two workflows: CI on pull requests (lint, tests,
 * `npm audit`, Trivy, a secret scan, `terraform fmt`/`validate`) and
 * deploy on main (image to GHCR, plan and apply per environment, the
 * production apply behind the `production` environment's required
 * reviewers, smoke test on `/health`, a k6 run against the SLO's p95, a
 * Grafana annotation and a Sentry release, a notification, and a rollback
 * to the previous image when the smoke test fails).
 *
 * Actions are pinned by full commit SHA; every job asks for the least
 * permissions it needs; the service's values reach scripts only through
 * `env:`, never through `${{ }}` inside `run:`.
 */
export function workflows(
  spec: ServiceSpec,
  pins: Record<PinnedAction, ActionPin>,
): Workflow[] {
  const uses = (action: PinnedAction, inputs?: Record<string, unknown>) => ({
    uses: `${action}@${pins[action].sha}`,
    ...(inputs ? { with: inputs } : {}),
  });
  const checkout: Step = {
    name: 'Check out',
    ...uses('actions/checkout', { 'persist-credentials': false }),
  };
  const node: Step = {
    name: 'Set up Node',
    ...uses('actions/setup-node', { 'node-version': 22, cache: 'npm' }),
  };
  const terraform: Step = {
    name: 'Set up Terraform',
    ...uses('hashicorp/setup-terraform', { terraform_wrapper: false }),
  };
  const serviceEnv = {
    SERVICE: spec.name,
    EDGE_DOMAIN: spec.edgeDomain,
    P95_LATENCY_MS: String(spec.slo.p95LatencyMs),
  };
  const readOnly = { contents: 'read' };
  // what Terraform's S3 state and providers read, from the environment's
  // secrets: only those of the chosen stack
  const secret = (name: string) => `\${{ secrets.${name} }}`;
  const terraformSecrets = {
    AWS_ACCESS_KEY_ID: secret('AWS_ACCESS_KEY_ID'),
    AWS_SECRET_ACCESS_KEY: secret('AWS_SECRET_ACCESS_KEY'),
    CLOUDFLARE_API_TOKEN: secret('CLOUDFLARE_API_TOKEN'),
    GRAFANA_URL: secret('GRAFANA_URL'),
    GRAFANA_AUTH: secret('GRAFANA_SERVICE_ACCOUNT_TOKEN'),
    SENTRY_AUTH_TOKEN: secret('SENTRY_AUTH_TOKEN'),
    ...(spec.hosting === 'kubernetes'
      ? {
          KUBE_HOST: secret('KUBE_HOST'),
          KUBE_TOKEN: secret('KUBE_TOKEN'),
          KUBE_CLUSTER_CA_CERT_DATA: secret('KUBE_CLUSTER_CA_CERT_DATA'),
        }
      : { RAILWAY_TOKEN: secret('RAILWAY_TOKEN') }),
    ...(spec.database.kind === 'neon'
      ? { NEON_API_KEY: secret('NEON_API_KEY') }
      : {}),
  };

  const ci: Workflow = {
    file: 'ci.yml',
    document: {
      name: 'CI',
      on: { pull_request: { branches: ['main'] } },
      permissions: readOnly,
      concurrency: {
        group: 'ci-${{ github.ref }}',
        'cancel-in-progress': true,
      },
      jobs: {
        test: {
          name: 'Lint, test and audit',
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 15,
          steps: [
            checkout,
            node,
            { name: 'Install', run: 'npm ci' },
            { name: 'Lint', run: 'npm run lint' },
            { name: 'Test', run: 'npm test' },
            { name: 'Audit dependencies', run: 'npm audit --audit-level=high' },
          ],
        },
        security: {
          name: 'Trivy and secret scan',
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 15,
          steps: [
            {
              ...checkout,
              with: { 'fetch-depth': 0, 'persist-credentials': false },
            },
            {
              name: 'Trivy (dependencies, IaC, secrets)',
              ...uses('aquasecurity/trivy-action', {
                'scan-type': 'fs',
                'scan-ref': '.',
                scanners: 'vuln,secret,misconfig',
                severity: 'CRITICAL,HIGH',
                'exit-code': '1',
                'ignore-unfixed': true,
              }),
            },
            {
              name: 'Secret scan',
              ...uses('gitleaks/gitleaks-action'),
              env: {
                GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}',
                // required for repositories of an organization
                GITLEAKS_LICENSE: '${{ secrets.GITLEAKS_LICENSE }}',
              },
            },
          ],
        },
        terraform: {
          name: 'Terraform format and validate',
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 10,
          steps: [
            checkout,
            terraform,
            {
              name: 'Format',
              run: 'terraform -chdir=infra fmt -check -recursive',
            },
            {
              name: 'Validate',
              run: 'terraform -chdir=infra init -backend=false -input=false\nterraform -chdir=infra validate',
            },
          ],
        },
      },
    },
  };

  const applyJob = (
    environment: 'staging' | 'production',
    needs: string[],
  ): Record<string, unknown> => ({
    name: `Deploy to ${environment}`,
    needs,
    'runs-on': 'ubuntu-latest',
    'timeout-minutes': 30,
    // production's required reviewers are set on the GitHub environment
    environment: {
      name: environment,
      url: `https://${environmentValues(spec, environment).hostname}`,
    },
    outputs: { 'previous-image': '${{ steps.current.outputs.image }}' },
    env: {
      ...serviceEnv,
      ENVIRONMENT: environment,
      IMAGE: '${{ needs.build.outputs.image }}',
      ...terraformSecrets,
    },
    steps: [
      checkout,
      terraform,
      {
        name: 'Init',
        run: 'terraform -chdir=infra init -input=false -backend-config="key=$SERVICE/$ENVIRONMENT.tfstate"',
      },
      {
        id: 'current',
        name: 'Record the running image',
        run: 'echo "image=$(terraform -chdir=infra output -raw image 2>/dev/null || true)" >> "$GITHUB_OUTPUT"',
      },
      {
        name: 'Plan',
        run: 'terraform -chdir=infra plan -input=false -var-file="env/$ENVIRONMENT.tfvars" -var="image=$IMAGE" -out=tfplan',
      },
      {
        name: 'Apply',
        run: 'terraform -chdir=infra apply -input=false tfplan',
      },
    ],
  });

  const deploy: Workflow = {
    file: 'deploy.yml',
    document: {
      name: 'Deploy',
      on: { push: { branches: ['main'] }, workflow_dispatch: {} },
      permissions: readOnly,
      concurrency: { group: 'deploy', 'cancel-in-progress': false },
      jobs: {
        build: {
          name: 'Build and push the image',
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 20,
          permissions: { contents: 'read', packages: 'write' },
          outputs: { image: '${{ steps.image.outputs.image }}' },
          steps: [
            checkout,
            { name: 'Set up Buildx', ...uses('docker/setup-buildx-action') },
            {
              name: 'Log in to GHCR',
              ...uses('docker/login-action', {
                registry: 'ghcr.io',
                username: '${{ github.actor }}',
                password: '${{ secrets.GITHUB_TOKEN }}',
              }),
            },
            {
              id: 'image',
              name: 'Name the image',
              env: {
                REPOSITORY: '${{ github.repository }}',
                SHA: '${{ github.sha }}',
              },
              run: 'echo "image=ghcr.io/${REPOSITORY,,}:$SHA" >> "$GITHUB_OUTPUT"',
            },
            {
              name: 'Build and push',
              ...uses('docker/build-push-action', {
                context: '.',
                push: true,
                tags: '${{ steps.image.outputs.image }}',
              }),
            },
          ],
        },
        'deploy-staging': applyJob('staging', ['build']),
        'deploy-production': applyJob('production', [
          'build',
          'deploy-staging',
        ]),
        smoke: {
          name: 'Smoke test /health',
          needs: ['deploy-production'],
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 5,
          env: serviceEnv,
          steps: [
            {
              name: 'GET /health',
              run: 'for attempt in 1 2 3 4 5; do\n  curl -fsS --max-time 10 "https://$EDGE_DOMAIN/health" && exit 0\n  sleep 10\ndone\nexit 1',
            },
          ],
        },
        rollback: {
          name: 'Roll back to the previous image',
          needs: ['build', 'deploy-production', 'smoke'],
          if: "${{ failure() && needs.deploy-production.outputs.previous-image != '' }}",
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 30,
          // production's secrets without its reviewers: a rollback must not
          // wait for an approval
          environment: { name: 'production-rollback' },
          env: {
            ...serviceEnv,
            PREVIOUS_IMAGE:
              '${{ needs.deploy-production.outputs.previous-image }}',
            ...terraformSecrets,
          },
          steps: [
            checkout,
            terraform,
            {
              name: 'Apply the previous image',
              run: 'terraform -chdir=infra init -input=false -backend-config="key=$SERVICE/production.tfstate"\nterraform -chdir=infra apply -input=false -auto-approve -var-file=env/production.tfvars -var="image=$PREVIOUS_IMAGE"',
            },
          ],
        },
        'load-test': {
          name: 'k6 against the SLO',
          needs: ['smoke'],
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 15,
          env: serviceEnv,
          steps: [
            checkout,
            { name: 'Set up k6', ...uses('grafana/setup-k6-action') },
            {
              name: 'Run k6 (p95 below the SLO)',
              ...uses('grafana/run-k6-action', { path: 'k6/load.js' }),
              env: {
                BASE_URL: `https://${spec.edgeDomain}`,
                P95_LATENCY_MS: String(spec.slo.p95LatencyMs),
              },
            },
          ],
        },
        release: {
          name: 'Grafana annotation and Sentry release',
          needs: ['smoke'],
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 5,
          env: {
            ...serviceEnv,
            GRAFANA_URL: '${{ secrets.GRAFANA_URL }}',
            GRAFANA_AUTH: '${{ secrets.GRAFANA_SERVICE_ACCOUNT_TOKEN }}',
            SHA: '${{ github.sha }}',
          },
          steps: [
            {
              ...checkout,
              with: { 'fetch-depth': 0, 'persist-credentials': false },
            },
            {
              name: 'Annotate Grafana',
              run: 'jq -n --arg text "Deployed $SERVICE $SHA" --arg service "$SERVICE" \'{text: $text, tags: ["deploy", $service]}\' |\n  curl -fsS -X POST "$GRAFANA_URL/api/annotations" -H "Authorization: Bearer $GRAFANA_AUTH" -H "Content-Type: application/json" --data-binary @-',
            },
            {
              name: 'Sentry release',
              ...uses('getsentry/action-release', {
                environment: 'production',
                version: '${{ github.sha }}',
              }),
              env: {
                SENTRY_AUTH_TOKEN: '${{ secrets.SENTRY_AUTH_TOKEN }}',
                SENTRY_ORG: '${{ secrets.SENTRY_ORG }}',
                SENTRY_PROJECT: spec.name,
              },
            },
          ],
        },
        notify: {
          name: 'Notify',
          needs: ['smoke', 'load-test', 'release', 'rollback'],
          if: '${{ always() }}',
          'runs-on': 'ubuntu-latest',
          'timeout-minutes': 5,
          env: {
            ...serviceEnv,
            WEBHOOK: '${{ secrets.DEPLOY_WEBHOOK_URL }}',
            OUTCOME: '${{ needs.smoke.result }}',
            ROLLED_BACK: '${{ needs.rollback.result }}',
            RUN_URL:
              '${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}',
          },
          steps: [
            {
              name: 'Post the outcome',
              run: 'if [ -z "$WEBHOOK" ]; then echo "No DEPLOY_WEBHOOK_URL secret: nothing to notify"; exit 0; fi\njq -n --arg text "$SERVICE deploy: smoke $OUTCOME, rollback $ROLLED_BACK ($RUN_URL)" \'{text: $text}\' |\n  curl -fsS -X POST "$WEBHOOK" -H "Content-Type: application/json" --data-binary @-',
            },
          ],
        },
      },
    },
  };
  return [ci, deploy];
}
