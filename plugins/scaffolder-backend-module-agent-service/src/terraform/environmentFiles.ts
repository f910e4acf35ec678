import { ServiceSpec } from '../service/serviceSpec';
import { ENVIRONMENTS, environmentValues } from './environments';
import { HclAttribute } from './hcl';
import { variable } from './hclBlocks';
import { RootModuleFile } from './rootModuleFile';
import { TerraformSettings } from './terraformSettings';

/**
 * What differs between the service's environments: `variables.tf` and
 * `env/<environment>.tfvars` for dev, staging and production, the
 * values of `environmentValues` and where each environment runs.
 */
export function environmentFiles(
  spec: ServiceSpec,
  settings: TerraformSettings,
): RootModuleFile[] {
  const database = spec.database.kind !== 'none';
  const { kubernetes, railway } = settings;

  const variables: RootModuleFile = {
    path: 'variables.tf',
    items: [
      variable(
        'environment',
        'string',
        'The environment this state describes: dev, staging or production.',
        {
          condition:
            'contains(["dev", "staging", "production"], var.environment)',
          message: 'environment must be dev, staging or production.',
        },
      ),
      variable(
        'image',
        'string',
        'The container image to run, set by the deploy workflow.',
      ),
      variable('hostname', 'string', "The service's host name here."),
      variable('replicas_min', 'number', 'The fewest replicas.'),
      variable('replicas_max', 'number', 'The most replicas.'),
      variable(
        'slo_enabled',
        'bool',
        'Whether the SLOs and their burn-rate alerts exist here.',
      ),
      ...(kubernetes
        ? [variable('kubernetes_namespace', 'string', 'The namespace here.')]
        : [
            variable(
              'railway_environment_id',
              'string',
              'The Railway environment here.',
            ),
          ]),
      ...(database
        ? [
            variable(
              'database_read_replica',
              'bool',
              'Whether the database has a read replica here.',
            ),
          ]
        : []),
    ],
  };

  const tfvars: RootModuleFile[] = ENVIRONMENTS.map(environment => {
    const values = environmentValues(spec, environment);
    return {
      path: `env/${environment}.tfvars`,
      items: [
        ['environment', environment],
        ['hostname', values.hostname],
        ['replicas_min', values.replicasMin],
        ['replicas_max', values.replicasMax],
        ['slo_enabled', values.sloEnabled],
        ...(kubernetes
          ? ([
              [
                'kubernetes_namespace',
                environment === 'production'
                  ? kubernetes.namespace
                  : `${kubernetes.namespace}-${environment}`,
              ],
            ] satisfies HclAttribute[])
          : ([
              ['railway_environment_id', railway!.environmentIds[environment]],
            ] satisfies HclAttribute[])),
        ...(database
          ? ([
              ['database_read_replica', values.databaseReadReplica],
            ] satisfies HclAttribute[])
          : []),
      ],
    };
  });

  return [variables, ...tfvars];
}
