/**
 * The portal's local demo upstreams: generated Prometheus history for the
 * nine demo services, backfilled into a real Prometheus, a stand-in for
 * Grafana's SLO app on top of it, and stand-ins for Sentry's API and the
 * Kubernetes API (HPAs and their events) that follow the same history,
 * FOCUS billing files that tell the same story in costs, and a stand-in for
 * OpenCost's allocation API with a staging cluster's costs.
 *
 * @packageDocumentation
 */

export { DEMO_SERVICES } from './services';
export type {
  ComputeProfile,
  DemoService,
  HpaSpec,
  Platform,
  RailwayPolicy,
} from './services';
export { INCIDENT_SCHEDULE, incidentsFor } from './prometheus/incidents';
export type { Incident, IncidentEffect } from './prometheus/incidents';
export { LATENCY_BUCKETS } from './prometheus/latency';
export {
  DEFAULT_HISTORY,
  generateHistory,
  historyEndFor,
} from './prometheus/history';
export type {
  History,
  HistoryOptions,
  Labels,
  Metric,
  MetricFamily,
  MetricType,
  Series,
} from './prometheus/history';
export { writeOpenMetrics } from './prometheus/openMetrics';
export type { TimeWindow } from './prometheus/openMetrics';
export { backfill } from './prometheus/backfill';
export type { BackfillOptions } from './prometheus/backfill';
export { findExecutable } from './prometheus/executables';
export { freePort } from './freePort';
export type { RunningHttpServer } from './http';
export {
  assertPortFree,
  PortInUseError,
  startPrometheus,
} from './prometheus/server';
export type {
  RunningPrometheus,
  StartPrometheusOptions,
} from './prometheus/server';
export {
  SANDBOX_PROMETHEUS_DATASOURCE_UID,
  SANDBOX_SERVICE_TEAMS,
  sandboxGrafanaSlos,
  sandboxSloUuid,
} from './grafana/slos';
export type { SandboxGrafanaSlo } from './grafana/slos';
export { GRAFANA_SLI_WINDOWS, rewriteSliQuery } from './grafana/rewrite';
export type { SliQueryRewrite } from './grafana/rewrite';
export { startGrafanaSlo } from './grafana/server';
export type {
  RunningGrafanaSlo,
  StartGrafanaSloOptions,
} from './grafana/server';
export { startSentry } from './sentry/server';
export type { RunningSentry, StartSentryOptions } from './sentry/server';
export {
  SANDBOX_SENTRY_ORGANIZATION,
  sandboxSentryProjects,
} from './sentry/projects';
export type { SandboxSentryProject } from './sentry/projects';
export { startKubernetes } from './kubernetes/server';
export type { StartKubernetesOptions } from './kubernetes/server';
export {
  DEFAULT_FOCUS_MONTHS,
  focusFileNames,
  generateFocusFiles,
  SANDBOX_FOCUS_PROVIDERS,
} from './focus/generate';
export type { FocusFile, FocusOptions } from './focus/generate';
export { FOCUS_COLUMNS } from './focus/columns';
export type { FocusColumn } from './focus/columns';
export { FOCUS_STORY, focusStoryFor } from './focus/story';
export type { FocusBudgetStory, FocusStory } from './focus/story';
export {
  SANDBOX_COST_RESOURCES,
  SANDBOX_MONTHLY_BUDGETS,
  SANDBOX_RESOURCE_DEPENDENTS,
  SANDBOX_SERVICE_DEPENDENCIES,
} from './focus/budgets';
export { ensureFocusFiles, focusFingerprint } from './focus/ensureFocusFiles';
export type {
  EnsuredFocusFiles,
  EnsureFocusFilesOptions,
} from './focus/ensureFocusFiles';
export { startOpenCost } from './opencost/server';
export type { StartOpenCostOptions } from './opencost/server';
export {
  OPENCOST_CLUSTER,
  OPENCOST_NAMESPACE,
  OPENCOST_PRICES,
  stagingAllocations,
} from './opencost/allocations';
export type { OpenCostAllocation } from './opencost/allocations';
export {
  describeWithPrometheus,
  expectedSli,
  startHistoryPrometheus,
} from './testUtils/prometheus';
export { increase, indexOf, valuesOf } from './testUtils/history';
