import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  kubernetesNamespace,
  sentryOrganization,
} from '../service/platformConfig';
import { ServiceSpec } from '../service/serviceSpec';
import { ENVIRONMENTS, Environment } from './environments';

/** The platform's facts a service's root module needs, from config. */
export interface TerraformSettings {
  /** Where the modules come from: a git URL with a ref, else vendored. */
  moduleSource?: string;
  /** The S3 bucket and region of the remote state. */
  state: { bucket: string; region: string };
  /** The portal's address, for the alerts' runbook links. */
  portalBaseUrl: string;
  sentryOrganization: string;
  cloudflareZoneId: string;
  /**
   * Whether each service has a zone of its own, so its production state
   * owns the zone's WAF and rate-limiting rulesets and TLS settings;
   * otherwise the platform owns them (a zone has one of each).
   */
  zonePerService: boolean;
  grafanaDatasourceUid: string;
  kubernetes?: {
    namespace: string;
    ingressClassName: string;
    ingressOriginHostname: string;
  };
  railway?: {
    projectId: string;
    /** Where its replicas run: the provider sets replicas per region. */
    region: string;
    environmentIds: Record<Environment, string>;
  };
  neon?: { region: string };
  aws?: {
    region: string;
    rdsSubnetGroupName?: string;
    rdsSecurityGroupIds: string[];
  };
}

/**
 * A git or HTTP(S) module source with an optional `//subdirectory` and
 * `?ref=`: nothing that could end a quoted HCL string or start an
 * expression.
 */
const MODULE_SOURCE = /^(git::)?(https|ssh):\/\/[^\s"'\\$%{}]+$/;

/** What the providers' IDs look like, so a typo fails here, not at plan. */
const ZONE_ID = {
  pattern: /^[0-9a-f]{32}$/,
  is: 'a Cloudflare zone ID (32 hex digits)',
};
const UUID = {
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  is: 'a Railway ID (a UUID)',
};

/**
 * The settings for `spec`'s stack: every key its hosting and database
 * need. Throws an error naming each missing key, so an operator fixes
 * the config in one go.
 */
export function readTerraformSettings(
  config: Config,
  spec: ServiceSpec,
): TerraformSettings {
  const missing: string[] = [];
  const wrong: string[] = [];
  const text = (key: string, format?: { pattern: RegExp; is: string }) => {
    const value = config.getOptionalString(key);
    if (!value) missing.push(key);
    else if (format && !format.pattern.test(value)) {
      wrong.push(`${key} must be ${format.is}`);
    }
    return value ?? '';
  };
  const moduleSource = config.getOptionalString(
    'agentService.terraform.moduleSource',
  );
  if (moduleSource !== undefined && !MODULE_SOURCE.test(moduleSource)) {
    throw new InputError(
      'agentService.terraform.moduleSource must be a git or https URL such as git::https://github.com/acme/modules.git?ref=v1.0.0',
    );
  }
  const settings: TerraformSettings = {
    moduleSource,
    state: {
      bucket: text('agentService.terraform.state.bucket'),
      region: text('agentService.terraform.state.region'),
    },
    portalBaseUrl: text('app.baseUrl').replace(/\/+$/, ''),
    sentryOrganization: sentryOrganization(config),
    cloudflareZoneId: text('agentService.cloudflare.zoneId', ZONE_ID),
    zonePerService:
      config.getOptionalBoolean('agentService.cloudflare.zonePerService') ??
      false,
    grafanaDatasourceUid: text('agentService.grafana.datasourceUid'),
  };
  if (spec.hosting === 'kubernetes') {
    settings.kubernetes = {
      namespace: kubernetesNamespace(config),
      ingressClassName:
        config.getOptionalString('agentService.kubernetes.ingressClassName') ??
        'nginx',
      ingressOriginHostname: text(
        'agentService.kubernetes.ingressOriginHostname',
      ),
    };
  } else {
    settings.railway = {
      projectId: text('agentService.railway.projectId', UUID),
      region: text('agentService.railway.region'),
      environmentIds: Object.fromEntries(
        ENVIRONMENTS.map(env => [
          env,
          text(`agentService.railway.environmentIds.${env}`, UUID),
        ]),
      ) as Record<Environment, string>,
    };
  }
  if (spec.database.kind === 'neon') {
    settings.neon = {
      region:
        config.getOptionalString('agentService.neon.region') ?? 'aws-us-east-2',
    };
  }
  if (spec.database.kind === 'rds') {
    settings.aws = {
      region: text('agentService.aws.region'),
      rdsSubnetGroupName: config.getOptionalString(
        'agentService.aws.rdsSubnetGroupName',
      ),
      rdsSecurityGroupIds:
        config.getOptionalStringArray('agentService.aws.rdsSecurityGroupIds') ??
        [],
    };
  }
  if (missing.length || wrong.length) {
    throw new Error(
      [
        missing.length &&
          `The Terraform of a ${spec.hosting} service${
            spec.database.kind === 'none' ? '' : ` with ${spec.database.kind}`
          } needs config: ${missing.join(', ')}`,
        ...wrong,
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  return settings;
}
