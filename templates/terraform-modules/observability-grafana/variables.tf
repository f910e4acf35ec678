variable "service" {
  description = "Name of the service, a DNS label such as \"orders-agent\". Its metrics carry it as the `service` label."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,50}[a-z0-9]$", var.service))
    error_message = "service must be a DNS label: 3 to 52 characters, lowercase letters, digits and \"-\", starting with a letter and not ending with \"-\"."
  }
}

variable "environment" {
  description = "Environment this copy of the stack belongs to: \"dev\", \"staging\" or \"production\"."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "production"], var.environment)
    error_message = "environment must be one of \"dev\", \"staging\", \"production\"."
  }
}

variable "team" {
  description = "Name of the owning team, set as the `team` label of alert rules and SLOs for routing."
  type        = string

  validation {
    condition     = length(trimspace(var.team)) > 0
    error_message = "team must not be empty."
  }
}

variable "datasource_uid" {
  description = "UID of the Prometheus data source that holds the service's metrics; also where the SLOs write their recording rules."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9_-]{1,40}$", var.datasource_uid))
    error_message = "datasource_uid must be a Grafana UID: 1 to 40 letters, digits, \"-\" or \"_\"."
  }
}

variable "hosting" {
  description = "Where the service runs, \"kubernetes\" or \"railway\"; chooses the queries of the autoscaling panel."
  type        = string

  validation {
    condition     = contains(["kubernetes", "railway"], var.hosting)
    error_message = "hosting must be \"kubernetes\" or \"railway\"."
  }
}

variable "p95_latency_threshold_ms" {
  description = "p95 request latency, in milliseconds, above which the high-latency alert fires (after 5 minutes)."
  type        = number

  validation {
    condition     = var.p95_latency_threshold_ms > 0
    error_message = "p95_latency_threshold_ms must be greater than 0."
  }
}

variable "error_rate_threshold_percent" {
  description = "Share of requests answered 4xx or 5xx, in percent, above which the high-error-rate alert fires (after 2 minutes)."
  type        = number
  default     = 5

  validation {
    condition     = var.error_rate_threshold_percent > 0 && var.error_rate_threshold_percent <= 100
    error_message = "error_rate_threshold_percent must be greater than 0 and at most 100."
  }
}

variable "slow_db_threshold_ms" {
  description = "Average database time per transaction, in milliseconds, above which the slow-database alert fires (after 5 minutes)."
  type        = number
  default     = 500

  validation {
    condition     = var.slow_db_threshold_ms > 0
    error_message = "slow_db_threshold_ms must be greater than 0."
  }
}

variable "monthly_budget" {
  description = "Monthly budget in USD. Drawn on the cost panel; the budget alerts use it only while the portal exports no portal_cost_monthly_budget for the service."
  type        = number

  validation {
    condition     = var.monthly_budget > 0
    error_message = "monthly_budget must be greater than 0."
  }
}

variable "availability_target_percent" {
  description = "Availability SLO: share of requests, in percent, that must not be answered with a 5xx code, such as 99.9."
  type        = number

  validation {
    condition     = var.availability_target_percent > 0 && var.availability_target_percent < 100
    error_message = "availability_target_percent must be greater than 0 and less than 100."
  }
}

variable "latency_target_ms" {
  description = "Latency SLO: 95 % of requests must be faster than this, in milliseconds. Measured at the histogram bucket boundary at or above it (see README)."
  type        = number

  validation {
    condition     = var.latency_target_ms > 0 && var.latency_target_ms <= 10000
    error_message = "latency_target_ms must be greater than 0 and at most 10000, the largest histogram bucket."
  }
}

variable "latency_target_is_bucket" {
  description = "Whether the service's http_request_duration_seconds histogram declares latency_target_ms as a bucket boundary (the template's skeleton does), so the latency SLO measures exactly the target."
  type        = bool
  default     = false
}

variable "slo_enabled" {
  description = "Whether to create the availability and latency SLOs (grafana_slo needs the Grafana Cloud SLO app)."
  type        = bool
  default     = true
}

variable "runbook_base_url" {
  description = "URL of the service's runbooks, ending with \"/\"; each alert links runbook_base_url + \"<slug>/\"."
  type        = string

  validation {
    condition     = can(regex("^https?://[^\\s]+/$", var.runbook_base_url))
    error_message = "runbook_base_url must be an http(s) URL ending with \"/\"."
  }
}

variable "contact_point" {
  description = "Contact point the alert rules notify directly. null lets the notification policy route them by their labels."
  type        = string
  default     = null

  validation {
    condition     = var.contact_point == null || length(trimspace(coalesce(var.contact_point, " "))) > 0
    error_message = "contact_point must be null or a contact point name."
  }
}

variable "database_name" {
  description = "datname of the service's database in postgres_exporter metrics. null uses the service name with \"-\" replaced by \"_\", as the database-postgres module names it."
  type        = string
  default     = null
}

variable "kubernetes_namespace" {
  description = "Namespace of the service's pods and HorizontalPodAutoscaler (hosting = \"kubernetes\"). null matches every namespace, which is fine while each environment has its own Prometheus."
  type        = string
  default     = null
}
