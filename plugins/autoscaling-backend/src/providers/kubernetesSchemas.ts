import { z } from 'zod/v3';
import { QUANTITY } from './quantity';

/** A Kubernetes quantity: `500m`, `512Mi`, `2`; JSON gives it as text, sometimes as a number. */
const quantity = z.union([
  z.string().regex(QUANTITY, 'must be a quantity such as 500m or 512Mi'),
  z.number(),
]);

/** `target` of a metric in `spec.metrics[]` (autoscaling/v2 `MetricTarget`). */
const metricTarget = z
  .object({
    type: z.enum(['Utilization', 'Value', 'AverageValue']),
    averageUtilization: z.number().optional(),
    averageValue: quantity.optional(),
    value: quantity.optional(),
  })
  .passthrough();

/** `current` of a metric in `status.currentMetrics[]` (`MetricValueStatus`). */
const metricValue = z
  .object({
    averageUtilization: z.number().optional(),
    averageValue: quantity.optional(),
    value: quantity.optional(),
  })
  .passthrough();

const metricIdentifier = z.object({ name: z.string() }).passthrough();

/** The parts of one metric spec or status, by the metric's `type`. */
function metricSource<T extends z.ZodRawShape>(value: T) {
  return z
    .object({
      type: z.enum([
        'Resource',
        'ContainerResource',
        'Pods',
        'Object',
        'External',
      ]),
      resource: z.object({ name: z.string() }).extend(value).optional(),
      containerResource: z
        .object({ name: z.string(), container: z.string() })
        .extend(value)
        .optional(),
      pods: z.object({ metric: metricIdentifier }).extend(value).optional(),
      object: z.object({ metric: metricIdentifier }).extend(value).optional(),
      external: z.object({ metric: metricIdentifier }).extend(value).optional(),
    })
    .passthrough();
}

const scalingRules = z
  .object({
    stabilizationWindowSeconds: z.number().int().nonnegative().optional(),
    selectPolicy: z.enum(['Max', 'Min', 'Disabled']).optional(),
    policies: z
      .array(
        z.object({
          type: z.enum(['Pods', 'Percent']),
          value: z.number(),
          periodSeconds: z.number(),
        }),
      )
      .optional(),
  })
  .passthrough();

/** A HorizontalPodAutoscaler (autoscaling/v2), the fields the plugin reads. */
export const hpaSchema = z
  .object({
    metadata: z
      .object({ name: z.string().min(1), namespace: z.string().min(1) })
      .passthrough(),
    spec: z
      .object({
        scaleTargetRef: z
          .object({ kind: z.string(), name: z.string() })
          .passthrough(),
        minReplicas: z.number().int().nonnegative().optional(),
        maxReplicas: z.number().int().positive(),
        metrics: z.array(metricSource({ target: metricTarget })).optional(),
        behavior: z
          .object({
            scaleUp: scalingRules.optional(),
            scaleDown: scalingRules.optional(),
          })
          .passthrough()
          .optional(),
      })
      .passthrough(),
    status: z
      .object({
        currentReplicas: z.number().int().nonnegative().optional(),
        desiredReplicas: z.number().int().nonnegative(),
        lastScaleTime: z.string().optional(),
        currentMetrics: z
          .array(metricSource({ current: metricValue }))
          .nullish(),
        conditions: z
          .array(
            z
              .object({
                type: z.string(),
                status: z.enum(['True', 'False', 'Unknown']),
                reason: z.string().optional(),
                message: z.string().optional(),
                lastTransitionTime: z.string().optional(),
              })
              .passthrough(),
          )
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** A HorizontalPodAutoscaler as the cluster gave it. */
export type Hpa = z.infer<typeof hpaSchema>;

/** `HorizontalPodAutoscalerList` */
export const hpaListSchema: z.ZodType<{ items: Hpa[] }, z.ZodTypeDef, unknown> =
  z.object({ items: z.array(hpaSchema) });

/** A core/v1 Event, the fields the plugin reads. */
export const eventSchema = z
  .object({
    reason: z.string().optional(),
    message: z.string().optional(),
    type: z.string().optional(),
    count: z.number().optional(),
    firstTimestamp: z.string().nullish(),
    lastTimestamp: z.string().nullish(),
    eventTime: z.string().nullish(),
    involvedObject: z
      .object({ kind: z.string().optional(), name: z.string().optional() })
      .passthrough(),
  })
  .passthrough();

/** An Event as the cluster gave it. */
export type KubernetesEvent = z.infer<typeof eventSchema>;

/** `EventList` */
export const eventListSchema = z
  .object({ items: z.array(eventSchema) })
  .passthrough();
