import { DEMO_SERVICES } from '../../services';
import { divideHalfToEven, dollars, toScaled } from '../amounts';
import { monthOf } from '../calendar';
import {
  Charge,
  ChargeBase,
  FocusContext,
  FocusProvider,
  FocusResource,
  FocusService,
  FocusSku,
  recurringCharges,
  usageCharge,
  usageChargeCosting,
} from '../charges';
import { resourceTags, serviceTags } from '../tags';
import { MODEL_USE } from '../usage';

const ACCOUNT = '481516234211';
const REGION = { regionId: 'us-east-1', regionName: 'US East (N. Virginia)' };
const GiB = 1024 ** 3;

const EC2: FocusService = {
  name: 'Amazon Elastic Compute Cloud',
  category: 'Compute',
  subcategory: 'Virtual Machines',
};
const EKS: FocusService = {
  name: 'Amazon Elastic Kubernetes Service',
  category: 'Compute',
  subcategory: 'Containers',
};
const ELASTICACHE: FocusService = {
  name: 'Amazon ElastiCache',
  category: 'Databases',
  subcategory: 'Caching',
};
const S3: FocusService = {
  name: 'Amazon Simple Storage Service',
  category: 'Storage',
  subcategory: 'Backup Storage',
};
const BEDROCK: FocusService = {
  name: 'Amazon Bedrock',
  category: 'AI and Machine Learning',
  subcategory: 'Generative AI',
};
const ELB: FocusService = {
  name: 'Elastic Load Balancing',
  category: 'Networking',
  subcategory: 'Network Infrastructure',
};
const CLOUDWATCH: FocusService = {
  name: 'Amazon CloudWatch',
  category: 'Management and Governance',
  subcategory: 'Observability',
};
const VPC: FocusService = {
  name: 'Amazon Virtual Private Cloud',
  category: 'Networking',
  subcategory: 'Network Connectivity',
};
const SUPPORT: FocusService = {
  name: 'AWS Support (Developer)',
  category: 'Management and Governance',
  subcategory: 'Support',
};
const CREDITS: FocusService = {
  name: 'AWS Credits',
  category: 'Other',
  subcategory: 'Other (Other)',
};

const sku = (
  id: string,
  meter: string,
  pricingUnit: string,
  price: string,
): FocusSku => ({ id, meter, pricingUnit, unitPrice: dollars(price) });

/**
 * us-east-1 on-demand prices. An m6i.large (2 vCPU, 8 GiB) costs 0.096 USD
 * an hour; split cost allocation charges pods 0.0336 per vCPU-hour and
 * 0.0036 per GiB-hour of their requests (2 × 0.0336 + 8 × 0.0036 = 0.096).
 */
export const AWS_SKUS = {
  podVcpu: sku(
    'USE1-BoxUsage:m6i.large-vCPU',
    'EKS pod vCPU request (split cost allocation)',
    'vCPU-Hours',
    '0.0336',
  ),
  podMemory: sku(
    'USE1-BoxUsage:m6i.large-Memory',
    'EKS pod memory request (split cost allocation)',
    'GiB-Hours',
    '0.0036',
  ),
  node: sku('USE1-BoxUsage:m6i.large', 'Compute Usage', 'Hours', '0.096'),
  eksCluster: sku(
    'USE1-AmazonEKS-Hours:perCluster',
    'Cluster Usage',
    'Hours',
    '0.10',
  ),
  redisNode: sku(
    'USE1-NodeUsage:cache.t4g.small',
    'Cache Node Usage',
    'Hours',
    '0.032',
  ),
  s3Storage: sku(
    'USE1-TimedStorage-ByteHrs',
    'Storage Usage (Standard)',
    'GB-Month',
    '0.023',
  ),
  novaLiteInput: sku(
    'USE1-amazon.nova-lite-v1:0-input-tokens',
    'Input Tokens',
    '1K Tokens',
    '0.00006',
  ),
  novaLiteOutput: sku(
    'USE1-amazon.nova-lite-v1:0-output-tokens',
    'Output Tokens',
    '1K Tokens',
    '0.00024',
  ),
  albHours: sku(
    'USE1-LoadBalancerUsage',
    'Application Load Balancer Hours',
    'Hours',
    '0.0225',
  ),
  albLcu: sku(
    'USE1-LCUUsage',
    'Load Balancer Capacity Units',
    'LCU-Hours',
    '0.008',
  ),
  logIngestion: sku(
    'USE1-DataProcessing-Bytes',
    'Log Data Ingestion',
    'GB',
    '0.50',
  ),
  natHours: sku('USE1-NatGateway-Hours', 'NAT Gateway Hours', 'Hours', '0.045'),
  natBytes: sku(
    'USE1-NatGateway-Bytes',
    'NAT Gateway Data Processed',
    'GB',
    '0.045',
  ),
};

/** AWS Developer Support's monthly minimum, and the monthly promotional credit. */
const SUPPORT_MONTHLY = dollars('29');
const CREDIT_MONTHLY = dollars('75');

/** Bytes of logs per work-route request. */
const LOG_BYTES_PER_REQUEST: Readonly<Record<string, number>> = {
  orchestrator: 800,
  'api-gateway': 350,
};
const AGENT_LOG_BYTES_PER_REQUEST = 600;

/** A new connection per request; an LCU covers 25 new connections a second. */
const NEW_CONNECTIONS_PER_LCU_SECOND = 25;
/** Bytes the agents send out through the NAT gateway per request (model calls, CRM APIs). */
const NAT_BYTES_PER_REQUEST = 1500;
/** The backup bucket's size a year before the current month, and its growth over that year. */
const BACKUP_GB = { yearAgo: 120, growth: 60 };

const cluster: FocusResource = {
  id: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/agents-prod`,
  name: 'agents-prod',
  type: 'EKS Cluster',
  ...REGION,
};
const nodeGroup: FocusResource = {
  id: `arn:aws:eks:us-east-1:${ACCOUNT}:nodegroup/agents-prod/agents-general/4ec5f1a2-9b7d-4c1e-8f60-2d3a5b7c9e10`,
  name: 'agents-general',
  type: 'EKS Node Group',
  ...REGION,
};
const logGroup = (path: string): FocusResource => ({
  id: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${path}`,
  name: path,
  type: 'Log Group',
  ...REGION,
});

/**
 * The orchestrator's retry storm (the story's over-budget service): a day's
 * CloudWatch Logs ingestion into its own log group, costing exactly `cost`.
 */
export function retryStormLogs(day: number, cost: bigint): Charge {
  return usageChargeCosting(
    {
      day,
      description:
        'CloudWatch Logs ingestion, /agents-prod/agents/orchestrator/retries (retried workflow steps with their payloads)',
      service: CLOUDWATCH,
      resource: logGroup('/agents-prod/agents/orchestrator/retries'),
      tags: serviceTags('orchestrator'),
    },
    AWS_SKUS.logIngestion,
    cost,
  );
}

function kubernetesCharges(
  day: number,
  usage: FocusContext['usage'][number],
): { charges: Charge[]; podCost: bigint } {
  const charges: Charge[] = [];
  let podCost = 0n;
  for (const service of DEMO_SERVICES) {
    const { compute } = service;
    if (service.platform !== 'kubernetes' || !compute) continue;
    const used = usage.services[service.name];
    const base: ChargeBase = {
      day,
      description: '',
      service: EC2,
      resource: {
        ...nodeGroup,
        name: `agents-general/agents/${service.name}`,
        type: 'EKS Workload',
      },
      tags: serviceTags(service.name),
    };
    const ec2 = [
      usageCharge(
        {
          ...base,
          description: `m6i.large split cost: vCPU requested by ${service.name} (${compute.cpuRequestCores} per replica)`,
        },
        AWS_SKUS.podVcpu,
        toScaled(used.replicaHours * compute.cpuRequestCores, 6),
        6,
      ),
      usageCharge(
        {
          ...base,
          description: `m6i.large split cost: memory requested by ${
            service.name
          } (${compute.memoryRequestBytes / GiB} GiB per replica)`,
        },
        AWS_SKUS.podMemory,
        toScaled((used.replicaHours * compute.memoryRequestBytes) / GiB, 6),
        6,
      ),
    ];
    const added = toScaled(used.addedNodeHours, 6);
    if (added > 0n) {
      ec2.push(
        usageCharge(
          {
            ...base,
            description: `m6i.large nodes cluster-autoscaler added to agents-general for ${service.name}`,
            resource: nodeGroup,
          },
          AWS_SKUS.node,
          added,
          6,
        ),
      );
    }
    podCost += ec2.reduce((sum, c) => sum + c.cost, 0n);
    charges.push(...ec2);

    const logBytes =
      LOG_BYTES_PER_REQUEST[service.name] ?? AGENT_LOG_BYTES_PER_REQUEST;
    charges.push(
      usageCharge(
        {
          day,
          description: `CloudWatch Logs ingestion, /agents-prod/agents/${service.name}`,
          service: CLOUDWATCH,
          resource: logGroup(`/agents-prod/agents/${service.name}`),
          tags: serviceTags(service.name),
        },
        AWS_SKUS.logIngestion,
        toScaled((used.requests * logBytes) / 1e9, 6),
        6,
      ),
    );

    if (MODEL_USE[service.name]) {
      const model: FocusResource = {
        id: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0',
        name: `amazon.nova-lite-v1:0 (${service.name})`,
        type: 'Foundation Model',
        ...REGION,
      };
      for (const [tokens, tokenSku, kind] of [
        [used.inputTokens, AWS_SKUS.novaLiteInput, 'input'],
        [used.outputTokens, AWS_SKUS.novaLiteOutput, 'output'],
      ] as const) {
        const count = toScaled(tokens, 0);
        charges.push(
          usageCharge(
            {
              day,
              description: `Amazon Nova Lite ${kind} tokens, ${service.name}`,
              service: BEDROCK,
              resource: model,
              tags: serviceTags(service.name),
            },
            tokenSku,
            count,
            3,
            { quantity: count.toString(), unit: 'Tokens' },
          ),
        );
      }
    }
  }
  return { charges, podCost };
}

/** Amazon Web Services: the EKS cluster and what runs around it. */
export const awsProvider: FocusProvider = {
  id: 'aws',
  providerName: 'AWS',
  publisherName: 'AWS',
  invoiceIssuerName: 'Amazon Web Services, Inc.',
  billingAccountId: ACCOUNT,
  billingAccountName: 'valuecanvas',
  subAccountId: ACCOUNT,
  subAccountName: 'valuecanvas-prod',
  invoicePrefix: 'EUS',
  region: { id: REGION.regionId, name: REGION.regionName },
  charges(context: FocusContext): Charge[] {
    const charges: Charge[] = [];
    for (const usage of context.usage) {
      const { day } = usage;
      const pods = kubernetesCharges(day, usage);
      charges.push(...pods.charges);

      // the nodes' hours not charged to the pods: kube-system and idle capacity
      const nodeCost =
        (toScaled(usage.nodeHours, 2) * AWS_SKUS.node.unitPrice) / 100n;
      const rest = nodeCost - pods.podCost;
      if (rest < 0n) {
        throw new Error(
          `the pods' EC2 cost exceeds the nodes' on day ${day}: the cost model is inconsistent`,
        );
      }
      // its quantity is the node-hours that cost as much, to the micro-hour
      const idle = usageCharge(
        {
          day,
          description:
            'agents-general capacity not requested by the agents namespace (kube-system, idle)',
          service: EC2,
          resource: nodeGroup,
          tags: resourceTags('agents-eks-cluster'),
        },
        AWS_SKUS.node,
        divideHalfToEven(rest * 1_000_000n, AWS_SKUS.node.unitPrice),
        6,
      );
      charges.push(
        { ...idle, cost: rest, listCost: rest },
        usageCharge(
          {
            day,
            description: 'EKS cluster agents-prod control plane',
            service: EKS,
            resource: cluster,
            tags: resourceTags('agents-eks-cluster'),
          },
          AWS_SKUS.eksCluster,
          24n,
          0,
        ),
        usageCharge(
          {
            day,
            description:
              'ElastiCache agent-platform-redis, cache.t4g.small × 2 (primary and replica)',
            service: ELASTICACHE,
            resource: {
              id: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:agent-platform-redis`,
              name: 'agent-platform-redis',
              type: 'Replication Group',
              ...REGION,
            },
            tags: resourceTags('agent-platform-redis'),
          },
          AWS_SKUS.redisNode,
          48n,
          0,
        ),
      );

      const yearsBack = (context.referenceDay - day) / 365;
      const backupGb = BACKUP_GB.yearAgo + BACKUP_GB.growth * (1 - yearsBack);
      charges.push(
        usageCharge(
          {
            day,
            description: 'S3 Standard storage, valuecanvas-db-backups',
            service: S3,
            resource: {
              id: 'arn:aws:s3:::valuecanvas-db-backups',
              name: 'valuecanvas-db-backups',
              type: 'Bucket',
              ...REGION,
            },
            tags: resourceTags('backup-bucket'),
          },
          AWS_SKUS.s3Storage,
          toScaled(backupGb / monthOf(day).days, 6),
          6,
        ),
      );

      const gateway = usage.services['api-gateway'];
      const alb: FocusResource = {
        id: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/api-gateway/5f3c9a1e2b7d4c60`,
        name: 'api-gateway',
        type: 'Application Load Balancer',
        ...REGION,
      };
      charges.push(
        usageCharge(
          {
            day,
            description: 'Application Load Balancer api-gateway, hours',
            service: ELB,
            resource: alb,
            tags: serviceTags('api-gateway'),
          },
          AWS_SKUS.albHours,
          24n,
          0,
        ),
        usageCharge(
          {
            day,
            description:
              'Application Load Balancer api-gateway, capacity units',
            service: ELB,
            resource: alb,
            tags: serviceTags('api-gateway'),
          },
          AWS_SKUS.albLcu,
          toScaled(gateway.requests / NEW_CONNECTIONS_PER_LCU_SECOND / 3600, 6),
          6,
        ),
      );

      // shared networking, tagged but with no cost tag: unallocated
      const nat: FocusResource = {
        id: `arn:aws:ec2:us-east-1:${ACCOUNT}:natgateway/nat-0a4f6c2e8b1d3f507`,
        name: 'agents-prod-nat',
        type: 'NAT Gateway',
        ...REGION,
        availabilityZone: 'us-east-1a',
      };
      const networkTags = { env: 'production', network: 'agents-prod-vpc' };
      const agentRequests = DEMO_SERVICES.filter(
        s => s.platform === 'kubernetes',
      ).reduce((sum, s) => sum + usage.services[s.name].requests, 0);
      charges.push(
        usageCharge(
          {
            day,
            description: 'NAT gateway agents-prod-nat, hours',
            service: VPC,
            resource: nat,
            tags: networkTags,
          },
          AWS_SKUS.natHours,
          24n,
          0,
        ),
        usageCharge(
          {
            day,
            description: 'NAT gateway agents-prod-nat, data processed',
            service: VPC,
            resource: nat,
            tags: networkTags,
          },
          AWS_SKUS.natBytes,
          toScaled((agentRequests * NAT_BYTES_PER_REQUEST) / 1e9, 6),
          6,
        ),
      );
    }

    for (const month of context.months) {
      charges.push(
        ...recurringCharges(
          {
            description:
              'AWS Developer Support, monthly minimum of 29 USD spread over the days of the month',
            service: SUPPORT,
            sku: { id: 'AWSDeveloperSupport', meter: 'Support Plan' },
          },
          month,
          SUPPORT_MONTHLY,
          context.lastDay,
        ),
      );
      charges.push({
        day: month.firstDay,
        periodDays: month.days,
        category: 'Credit',
        frequency: 'One-Time',
        description: 'AWS Activate promotional credit',
        service: CREDITS,
        cost: -CREDIT_MONTHLY,
        listCost: 0n,
      });
    }
    return charges;
  },
};
