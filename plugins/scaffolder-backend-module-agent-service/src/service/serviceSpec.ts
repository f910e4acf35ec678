import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod/v3';

/**
 * What a new agent service's name must be: a DNS label of 3–52 characters,
 * so that its Resources' names (`<name>-db-replica`) stay within the
 * catalog's 63.
 */
export const SERVICE_NAME = /^[a-z][a-z0-9-]{1,50}[a-z0-9]$/;

/** A catalog name or namespace: what an owner ref's parts must be. */
const ENTITY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** The kinds of agent the platform runs. */
export const AGENT_TYPES = [
  'opportunity',
  'target',
  'realization',
  'expansion',
  'integrity',
  'orchestrator',
  'gateway',
  'custom',
] as const;

/**
 * Text that reaches generated files: no control characters (newlines,
 * NUL), and none of the openings of template expressions that HCL,
 * GitHub Actions or Nunjucks would evaluate (`${`, `%{`, `${{`).
 */
function plainText(z0: typeof z, max: number) {
  return (
    z0
      .string()
      .max(max, `must be at most ${max} characters`)
      // eslint-disable-next-line no-control-regex
      .refine(v => !/[\u0000-\u001f\u007f]/.test(v), {
        message: 'must not contain control characters such as newlines or NUL',
      })
      .refine(v => !/[$%]\{/.test(v), {
        message: 'must not contain "${" or "%{" (template expressions)',
      })
  );
}

/** ASCII only: a look-alike letter (Cyrillic "а" for "a") is refused. */
const ascii = (v: string) => /^[\x20-\x7e]*$/.test(v);

/**
 * The choices of the "New agent service" form, checked again by every
 * action: names, ports, percentages, the autoscaling range, and text
 * that must not smuggle template expressions or control characters into
 * the generated files. Messages name the field.
 */
export function serviceSpecSchema(z0: typeof z = z) {
  const percent = z0.number().int().min(1).max(100);
  return z0
    .object({
      name: z0
        .string()
        .regex(
          SERVICE_NAME,
          'must be 3–52 lowercase letters, digits and "-", starting with a letter and not ending with "-"',
        ),
      title: plainText(z0, 100).optional(),
      description: plainText(z0, 500),
      owner: plainText(z0, 200)
        .refine(ascii, { message: 'must be ASCII' })
        .refine(
          v => {
            try {
              const ref = parseEntityRef(v, { defaultKind: 'group' });
              return (
                ref.kind.toLocaleLowerCase('en-US') === 'group' &&
                ENTITY_NAME.test(ref.namespace) &&
                ENTITY_NAME.test(ref.name)
              );
            } catch {
              return false;
            }
          },
          {
            // a team: its Grafana and Sentry teams are named after it
            message: 'must be a group ref such as group:default/platform-team',
          },
        ),
      system: z0
        .string()
        .regex(SERVICE_NAME, 'must be a system name')
        .optional(),
      agentType: z0.enum(AGENT_TYPES),
      port: z0.number().int().min(1).max(65535),
      hosting: z0.enum(['kubernetes', 'railway']),
      database: z0
        .object({
          kind: z0.enum(['none', 'neon', 'rds']),
          readReplica: z0.boolean().default(false),
        })
        .default({ kind: 'none', readReplica: false }),
      edgeDomain: z0
        .string()
        .regex(
          /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
          'must be a lowercase host name such as agents.example.com',
        )
        // dev and staging add "-staging" to the first label, within DNS's 63
        .refine(v => v.split('.')[0].length <= 55, {
          message: 'must have a first label of at most 55 characters',
        })
        // a host in the zone: "-dev" on an apex would name another domain
        .refine(v => v.split('.').length >= 3, {
          message: 'must be a host in a zone such as orders.example.com',
        }),
      slo: z0.object({
        availabilityPercent: z0.number().min(90).max(99.999),
        // the largest bucket of the service's latency histogram: 10 s
        p95LatencyMs: z0.number().int().min(1).max(10_000),
      }),
      autoscaling: z0
        .object({
          min: z0.number().int().min(1).max(100),
          max: z0.number().int().min(1).max(100),
          cpuPercent: percent,
          memoryPercent: percent,
          p95LatencyMs: z0.number().int().min(1).max(60_000),
          scaleUpCooldownSeconds: z0.number().int().min(0).max(3600),
          scaleDownCooldownSeconds: z0.number().int().min(0).max(3600),
        })
        .refine(a => a.min <= a.max, {
          message: 'min must not be above max',
          path: ['min'],
        }),
    })
    .strict()
    .superRefine((spec, ctx) => {
      // what the hosting modules can run
      if (spec.hosting === 'kubernetes' && spec.port < 1024) {
        ctx.addIssue({
          code: 'custom',
          path: ['port'],
          message:
            'must be 1024 or above on Kubernetes: the container runs as non-root without capabilities',
        });
      }
      if (spec.hosting === 'railway' && spec.autoscaling.max > 50) {
        ctx.addIssue({
          code: 'custom',
          path: ['autoscaling', 'max'],
          message: 'must be at most 50 on Railway',
        });
      }
      if (spec.hosting === 'railway' && spec.name.length > 24) {
        ctx.addIssue({
          code: 'custom',
          path: ['name'],
          message:
            'must be at most 24 characters on Railway: its service names, "-staging" added, are at most 32',
        });
      }
    });
}

/** An agent service's choices, checked. */
export type ServiceSpec = z.infer<ReturnType<typeof serviceSpecSchema>>;

/** A monthly budget in USD as the template passes it: `42.50`. */
export function monthlyBudgetSchema(z0: typeof z = z) {
  return z0
    .string()
    .regex(/^\d{1,9}(\.\d{1,2})?$/, 'must be an amount such as 42.50')
    .refine(v => Number(v) > 0, { message: 'must be above 0' });
}
