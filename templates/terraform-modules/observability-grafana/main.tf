locals {
  is_production = var.environment == "production"

  # Unique per Grafana instance: the three environments may share it.
  name = local.is_production ? var.service : "${var.service}-${var.environment}"

  # Grafana UIDs are limited to 40 characters; long names keep a hash of the full name.
  dashboard_uid = length(local.name) <= 40 ? local.name : "${substr(local.name, 0, 31)}-${substr(sha1(local.name), 0, 8)}"

  database_name = coalesce(var.database_name, replace(var.service, "-", "_"))

  runbook_url = {
    for slug in ["high-latency", "high-error-rate", "database-failover", "cost-spike", "service-down"] :
    slug => "${var.runbook_base_url}${slug}/"
  }

  labels = {
    service     = var.service
    team        = var.team
    environment = var.environment
  }

  prometheus = {
    type = "prometheus"
    uid  = var.datasource_uid
  }

  namespace_matcher = var.kubernetes_namespace == null ? "" : ",namespace=\"${var.kubernetes_namespace}\""

  # Bucket boundaries of http_request_duration_seconds as the service's prom-client
  # histogram declares them. Prometheus 3 stores whole-number boundaries as "1.0",
  # Prometheus 2 as "1", hence the alternatives in the le matcher.
  latency_buckets = [
    { ms = 5, le = "0.005" },
    { ms = 10, le = "0.01" },
    { ms = 25, le = "0.025" },
    { ms = 50, le = "0.05" },
    { ms = 100, le = "0.1" },
    { ms = 250, le = "0.25" },
    { ms = 500, le = "0.5" },
    { ms = 1000, le = "1|1.0" },
    { ms = 2500, le = "2.5" },
    { ms = 5000, le = "5|5.0" },
    { ms = 10000, le = "10|10.0" },
  ]
  # A request can only be counted as "under the target" at a bucket boundary,
  # so the SLO uses the target itself when the service declares it as one,
  # else the first standard boundary at or above it.
  target_seconds = var.latency_target_ms / 1000
  latency_bucket = var.latency_target_is_bucket ? {
    ms = var.latency_target_ms
    le = floor(local.target_seconds) == local.target_seconds ? "${local.target_seconds}|${local.target_seconds}.0" : tostring(local.target_seconds)
  } : [for b in local.latency_buckets : b if b.ms >= var.latency_target_ms][0]
}

# ---------------------------------------------------------------------------
# PromQL
# ---------------------------------------------------------------------------

locals {
  # Alert rules and SLOs cannot use dashboard variables: they get the literal names.
  # the service's own metrics carry its environment (the template's skeleton
  # sets it from ENVIRONMENT), so staging's requests never count for production
  service_selector = "service=\"${var.service}\",environment=\"${var.environment}\""
  database_matcher = "datname=\"${local.database_name}\""
  cost_selector    = "name=\"${var.service}\""

  alert_query = {
    p95_latency_ms = "1000 * histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{${local.service_selector}}[5m])))"

    # 4xx and 5xx both count as errors; see README.
    error_rate_percent = "100 * sum(rate(http_requests_total{${local.service_selector},code=~\"4..|5..\"}[5m])) / sum(rate(http_requests_total{${local.service_selector}}[5m]))"

    # Time spent executing statements per finished transaction (PostgreSQL 14+).
    db_ms_per_transaction = "1000 * sum(rate(pg_stat_database_active_time_seconds_total{${local.database_matcher}}[5m])) / clamp_min(sum(rate(pg_stat_database_xact_commit{${local.database_matcher}}[5m])) + sum(rate(pg_stat_database_xact_rollback{${local.database_matcher}}[5m])), 0.001)"

    # monthly_budget stands in while the portal exports no budget for the service.
    budget_used_ratio = "max(portal_cost_month_to_date{${local.cost_selector}}) / (max(portal_cost_monthly_budget{${local.cost_selector}}) or vector(${var.monthly_budget}))"
  }
}

# ---------------------------------------------------------------------------
# Dashboard
# ---------------------------------------------------------------------------

locals {
  panel_ids = {
    latency     = 1
    traffic     = 2
    errors      = 3
    cost        = 4
    database    = 5
    autoscaling = 6
  }

  k8s_pod_selector = "pod=~\"$service-[a-z0-9]+-[a-z0-9]+\",container=\"$service\"${local.namespace_matcher}"
  k8s_hpa_selector = "horizontalpodautoscaler=\"$service\"${local.namespace_matcher}"

  autoscaling_targets = {
    kubernetes = [
      {
        refId        = "A"
        datasource   = local.prometheus
        expr         = "kube_horizontalpodautoscaler_status_current_replicas{${local.k8s_hpa_selector}}"
        legendFormat = "current replicas {{namespace}}"
      },
      {
        refId        = "B"
        datasource   = local.prometheus
        expr         = "kube_horizontalpodautoscaler_spec_max_replicas{${local.k8s_hpa_selector}}"
        legendFormat = "max replicas {{namespace}}"
      },
      {
        refId        = "C"
        datasource   = local.prometheus
        expr         = "sum(rate(container_cpu_usage_seconds_total{${local.k8s_pod_selector}}[$__rate_interval]))"
        legendFormat = "CPU (cores)"
      },
      {
        refId        = "D"
        datasource   = local.prometheus
        expr         = "sum(container_memory_working_set_bytes{${local.k8s_pod_selector}})"
        legendFormat = "memory (working set)"
      },
    ]
    railway = [
      {
        refId        = "A"
        datasource   = local.prometheus
        expr         = "count(count by (instance) (http_requests_total{service=\"$service\",environment=\"$environment\"}))"
        legendFormat = "replicas reporting metrics"
      },
      {
        refId        = "C"
        datasource   = local.prometheus
        expr         = "sum(rate(process_cpu_seconds_total{service=\"$service\",environment=\"$environment\"}[$__rate_interval]))"
        legendFormat = "CPU (cores)"
      },
      {
        refId        = "D"
        datasource   = local.prometheus
        expr         = "sum(process_resident_memory_bytes{service=\"$service\",environment=\"$environment\"})"
        legendFormat = "memory (resident)"
      },
    ]
  }

  dashboard = {
    uid           = local.dashboard_uid
    title         = "${var.service} (${var.environment})"
    tags          = [var.service, var.environment, "agent-service"]
    timezone      = "browser"
    editable      = true
    schemaVersion = 39
    refresh       = "1m"
    time = {
      from = "now-6h"
      to   = "now"
    }
    templating = {
      list = [
        {
          name  = "service"
          label = "Service"
          type  = "constant"
          query = var.service
          hide  = 2
        },
        {
          name  = "environment"
          label = "Environment"
          type  = "constant"
          query = var.environment
          hide  = 2
        },
        {
          name  = "datname"
          label = "Database"
          type  = "constant"
          query = local.database_name
          hide  = 2
        },
      ]
    }
    panels = [
      {
        id          = local.panel_ids.latency
        type        = "timeseries"
        title       = "p95 latency"
        description = "95th percentile of http_request_duration_seconds over all routes. The line is the high-latency alert threshold."
        datasource  = local.prometheus
        gridPos     = { x = 0, y = 0, w = 12, h = 8 }
        fieldConfig = {
          defaults = {
            unit   = "ms"
            custom = { thresholdsStyle = { mode = "line" } }
            thresholds = {
              mode = "absolute"
              steps = [
                { color = "green", value = null },
                { color = "red", value = var.p95_latency_threshold_ms },
              ]
            }
          }
          overrides = []
        }
        targets = [
          {
            refId        = "A"
            datasource   = local.prometheus
            expr         = "1000 * histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service=\"$service\",environment=\"$environment\"}[$__rate_interval])))"
            legendFormat = "p95"
          },
        ]
      },
      {
        id          = local.panel_ids.traffic
        type        = "timeseries"
        title       = "Request rate"
        description = "Requests per second by status code (http_requests_total)."
        datasource  = local.prometheus
        gridPos     = { x = 12, y = 0, w = 12, h = 8 }
        fieldConfig = {
          defaults = {
            unit   = "reqps"
            custom = { stacking = { mode = "normal", group = "A" } }
          }
          overrides = []
        }
        targets = [
          {
            refId        = "A"
            datasource   = local.prometheus
            expr         = "sum by (code) (rate(http_requests_total{service=\"$service\",environment=\"$environment\"}[$__rate_interval]))"
            legendFormat = "{{code}}"
          },
        ]
      },
      {
        id          = local.panel_ids.errors
        type        = "timeseries"
        title       = "Error rate (4xx / 5xx)"
        description = "Share of requests answered 4xx and 5xx, stacked: the top of the stack is what the high-error-rate alert compares to its threshold line."
        datasource  = local.prometheus
        gridPos     = { x = 0, y = 8, w = 12, h = 8 }
        fieldConfig = {
          defaults = {
            unit = "percent"
            custom = {
              stacking        = { mode = "normal", group = "A" }
              thresholdsStyle = { mode = "line" }
            }
            thresholds = {
              mode = "absolute"
              steps = [
                { color = "green", value = null },
                { color = "red", value = var.error_rate_threshold_percent },
              ]
            }
          }
          overrides = []
        }
        targets = [
          {
            refId        = "A"
            datasource   = local.prometheus
            expr         = "100 * sum(rate(http_requests_total{service=\"$service\",environment=\"$environment\",code=~\"5..\"}[$__rate_interval])) / sum(rate(http_requests_total{service=\"$service\",environment=\"$environment\"}[$__rate_interval]))"
            legendFormat = "5xx"
          },
          {
            refId        = "B"
            datasource   = local.prometheus
            expr         = "100 * sum(rate(http_requests_total{service=\"$service\",environment=\"$environment\",code=~\"4..\"}[$__rate_interval])) / sum(rate(http_requests_total{service=\"$service\",environment=\"$environment\"}[$__rate_interval]))"
            legendFormat = "4xx"
          },
        ]
      },
      {
        id          = local.panel_ids.cost
        type        = "timeseries"
        title       = "Cost vs budget"
        description = "Month-to-date cost and monthly budget exported by the portal. The lines mark 80 % and 96 % of monthly_budget, where the budget alerts fire."
        datasource  = local.prometheus
        gridPos     = { x = 12, y = 8, w = 12, h = 8 }
        fieldConfig = {
          defaults = {
            unit   = "currencyUSD"
            custom = { thresholdsStyle = { mode = "line" } }
            thresholds = {
              mode = "absolute"
              steps = [
                { color = "green", value = null },
                { color = "orange", value = var.monthly_budget * 0.8 },
                { color = "red", value = var.monthly_budget * 0.96 },
              ]
            }
          }
          overrides = []
        }
        targets = [
          {
            refId        = "A"
            datasource   = local.prometheus
            expr         = "max(portal_cost_month_to_date{name=\"$service\"})"
            legendFormat = "month to date"
          },
          {
            refId        = "B"
            datasource   = local.prometheus
            expr         = "max(portal_cost_monthly_budget{name=\"$service\"})"
            legendFormat = "monthly budget"
          },
        ]
      },
      {
        id          = local.panel_ids.database
        type        = "timeseries"
        title       = "Database performance"
        description = "postgres_exporter metrics of datname $datname: statement time per transaction (the slow-database alert, line at its threshold), the longest running active transaction, and connections by state (right axis)."
        datasource  = local.prometheus
        gridPos     = { x = 0, y = 16, w = 12, h = 8 }
        fieldConfig = {
          defaults = {
            unit   = "ms"
            custom = { thresholdsStyle = { mode = "line" } }
            thresholds = {
              mode = "absolute"
              steps = [
                { color = "green", value = null },
                { color = "red", value = var.slow_db_threshold_ms },
              ]
            }
          }
          overrides = [
            {
              matcher = { id = "byFrameRefID", options = "C" }
              properties = [
                { id = "unit", value = "short" },
                { id = "custom.axisPlacement", value = "right" },
              ]
            },
          ]
        }
        targets = [
          {
            refId        = "A"
            datasource   = local.prometheus
            expr         = "1000 * sum(rate(pg_stat_database_active_time_seconds_total{datname=\"$datname\"}[$__rate_interval])) / clamp_min(sum(rate(pg_stat_database_xact_commit{datname=\"$datname\"}[$__rate_interval])) + sum(rate(pg_stat_database_xact_rollback{datname=\"$datname\"}[$__rate_interval])), 0.001)"
            legendFormat = "statement time per transaction"
          },
          {
            refId        = "B"
            datasource   = local.prometheus
            expr         = "1000 * max(pg_stat_activity_max_tx_duration{datname=\"$datname\",state=\"active\"})"
            legendFormat = "longest active transaction"
          },
          {
            refId        = "C"
            datasource   = local.prometheus
            expr         = "sum by (state) (pg_stat_activity_count{datname=\"$datname\"})"
            legendFormat = "connections {{state}}"
          },
        ]
      },
      {
        id          = local.panel_ids.autoscaling
        type        = "timeseries"
        title       = "Autoscaling"
        description = var.hosting == "kubernetes" ? "HorizontalPodAutoscaler replicas (kube-state-metrics) and the pods' CPU and memory (cAdvisor, right axes)." : "Railway exports no replica metric: replicas are the instances reporting http_requests_total. CPU and memory come from prom-client's default process metrics (right axes)."
        datasource  = local.prometheus
        gridPos     = { x = 12, y = 16, w = 12, h = 8 }
        fieldConfig = {
          defaults = {
            unit     = "short"
            decimals = 0
          }
          overrides = [
            {
              matcher = { id = "byFrameRefID", options = "C" }
              properties = [
                { id = "unit", value = "short" },
                { id = "decimals", value = 2 },
                { id = "custom.axisPlacement", value = "right" },
              ]
            },
            {
              matcher = { id = "byFrameRefID", options = "D" }
              properties = [
                { id = "unit", value = "bytes" },
                { id = "decimals", value = 1 },
                { id = "custom.axisPlacement", value = "right" },
              ]
            },
          ]
        }
        targets = local.autoscaling_targets[var.hosting]
      },
    ]
  }
}

resource "grafana_folder" "this" {
  title = local.name
}

resource "grafana_dashboard" "this" {
  folder      = grafana_folder.this.uid
  config_json = jsonencode(local.dashboard)
  message     = "Managed by Terraform (observability-grafana module)"
}

# ---------------------------------------------------------------------------
# Alert rules
# ---------------------------------------------------------------------------

locals {
  alert_rules = [
    {
      name           = "${var.service} p95 latency high"
      pending_for    = "5m"
      severity       = "warning"
      query          = local.alert_query.p95_latency_ms
      threshold      = var.p95_latency_threshold_ms
      threshold_text = "${var.p95_latency_threshold_ms} ms"
      slug           = "high-latency"
      panel_id       = local.panel_ids.latency
      summary        = "${var.service} (${var.environment}): p95 latency above ${var.p95_latency_threshold_ms} ms"
      value          = "p95 latency is {{ humanize $values.B.Value }} ms"
    },
    {
      name           = "${var.service} error rate high"
      pending_for    = "2m"
      severity       = "critical"
      query          = local.alert_query.error_rate_percent
      threshold      = var.error_rate_threshold_percent
      threshold_text = "${var.error_rate_threshold_percent} %"
      slug           = "high-error-rate"
      panel_id       = local.panel_ids.errors
      summary        = "${var.service} (${var.environment}): more than ${var.error_rate_threshold_percent} % of requests fail (4xx + 5xx)"
      value          = "{{ humanize $values.B.Value }} % of requests were answered 4xx or 5xx"
    },
    {
      name           = "${var.service} database slow"
      pending_for    = "5m"
      severity       = "warning"
      query          = local.alert_query.db_ms_per_transaction
      threshold      = var.slow_db_threshold_ms
      threshold_text = "${var.slow_db_threshold_ms} ms"
      slug           = "database-failover"
      panel_id       = local.panel_ids.database
      summary        = "${var.service} (${var.environment}): database ${local.database_name} spends more than ${var.slow_db_threshold_ms} ms per transaction"
      value          = "statements take {{ humanize $values.B.Value }} ms per transaction"
    },
    {
      name           = "${var.service} budget 80 percent spent"
      pending_for    = "15m"
      severity       = "warning"
      query          = local.alert_query.budget_used_ratio
      threshold      = 0.8
      threshold_text = "80 % of ${var.monthly_budget} USD"
      slug           = "cost-spike"
      panel_id       = local.panel_ids.cost
      summary        = "${var.service} (${var.environment}): 80 % of the monthly budget is spent"
      value          = "month-to-date cost is {{ humanizePercentage $values.B.Value }} of the monthly budget"
    },
    {
      name           = "${var.service} budget 96 percent spent"
      pending_for    = "15m"
      severity       = "critical"
      query          = local.alert_query.budget_used_ratio
      threshold      = 0.96
      threshold_text = "96 % of ${var.monthly_budget} USD"
      slug           = "cost-spike"
      panel_id       = local.panel_ids.cost
      summary        = "${var.service} (${var.environment}): 96 % of the monthly budget is spent"
      value          = "month-to-date cost is {{ humanizePercentage $values.B.Value }} of the monthly budget"
    },
  ]
}

resource "grafana_rule_group" "this" {
  name             = local.name
  folder_uid       = grafana_folder.this.uid
  interval_seconds = 60

  dynamic "rule" {
    for_each = local.alert_rules

    content {
      name      = rule.value.name
      for       = rule.value.pending_for
      condition = "C"
      # No traffic or no exporter is not an incident here; the availability SLO covers outages.
      no_data_state  = "OK"
      exec_err_state = "Error"

      labels = merge(local.labels, { severity = rule.value.severity })

      annotations = {
        summary            = rule.value.summary
        description        = "${rule.value.value} (threshold: ${rule.value.threshold_text})."
        runbook_url        = local.runbook_url[rule.value.slug]
        "__dashboardUid__" = grafana_dashboard.this.uid
        "__panelId__"      = tostring(rule.value.panel_id)
      }

      data {
        ref_id         = "A"
        datasource_uid = var.datasource_uid
        relative_time_range {
          from = 600
          to   = 0
        }
        model = jsonencode({
          refId         = "A"
          datasource    = local.prometheus
          expr          = rule.value.query
          instant       = true
          range         = false
          intervalMs    = 1000
          maxDataPoints = 43200
        })
      }

      data {
        ref_id         = "B"
        datasource_uid = "__expr__"
        relative_time_range {
          from = 0
          to   = 0
        }
        model = jsonencode({
          refId      = "B"
          datasource = { type = "__expr__", uid = "__expr__" }
          type       = "reduce"
          expression = "A"
          reducer    = "last"
        })
      }

      data {
        ref_id         = "C"
        datasource_uid = "__expr__"
        relative_time_range {
          from = 0
          to   = 0
        }
        model = jsonencode({
          refId      = "C"
          datasource = { type = "__expr__", uid = "__expr__" }
          type       = "threshold"
          expression = "B"
          conditions = [
            { evaluator = { type = "gt", params = [rule.value.threshold] } },
          ]
        })
      }

      dynamic "notification_settings" {
        for_each = var.contact_point == null ? [] : [var.contact_point]

        content {
          contact_point = notification_settings.value
        }
      }
    }
  }
}

# ---------------------------------------------------------------------------
# SLOs
# ---------------------------------------------------------------------------

locals {
  # The two SLOs, alike but for what counts as success and which runbook fits.
  slos = var.slo_enabled ? {
    availability = {
      description    = "Share of ${var.service} requests (http_requests_total) not answered with a 5xx code: target ${var.availability_target_percent} % over 30 days."
      success_metric = "http_requests_total{${local.service_selector},code!~\"5..\"}"
      total_metric   = "http_requests_total{${local.service_selector}}"
      objective      = var.availability_target_percent / 100
      fast_summary   = "${var.service} (${var.environment}) is burning its availability error budget fast: too many 5xx answers"
      runbook        = "service-down"
    }
    latency = {
      description    = "Share of ${var.service} requests faster than ${local.latency_bucket.ms} ms (http_request_duration_seconds bucket le=${local.latency_bucket.le}, latency_target_ms = ${var.latency_target_ms}): target 95 % over 30 days."
      success_metric = "http_request_duration_seconds_bucket{${local.service_selector},le=~\"${local.latency_bucket.le}\"}"
      total_metric   = "http_request_duration_seconds_bucket{${local.service_selector},le=\"+Inf\"}"
      objective      = 0.95
      fast_summary   = "${var.service} (${var.environment}) is burning its latency error budget fast: too many requests slower than ${local.latency_bucket.ms} ms"
      runbook        = "high-latency"
    }
  } : {}
}

resource "grafana_slo" "this" {
  for_each = local.slos

  name        = "${local.name} ${each.key}"
  description = each.value.description
  folder_uid  = grafana_folder.this.uid

  query {
    type = "ratio"
    ratio {
      success_metric = each.value.success_metric
      total_metric   = each.value.total_metric
    }
  }

  objectives {
    value  = each.value.objective
    window = "30d"
  }

  destination_datasource {
    uid = var.datasource_uid
  }

  dynamic "label" {
    for_each = local.labels

    content {
      key   = label.key
      value = label.value
    }
  }

  alerting {
    dynamic "label" {
      for_each = local.labels

      content {
        key   = label.key
        value = label.value
      }
    }

    fastburn {
      label {
        key   = "severity"
        value = "critical"
      }
      annotation {
        key   = "summary"
        value = each.value.fast_summary
      }
      annotation {
        key   = "runbook_url"
        value = local.runbook_url[each.value.runbook]
      }
    }

    slowburn {
      label {
        key   = "severity"
        value = "warning"
      }
      annotation {
        key   = "summary"
        value = "${var.service} (${var.environment}) is steadily burning its ${each.key} error budget"
      }
      annotation {
        key   = "runbook_url"
        value = local.runbook_url[each.value.runbook]
      }
    }
  }
}
