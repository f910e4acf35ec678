variable "service" {
  description = "Name of the service, a DNS label such as \"orders-agent\". The Sentry project slug is derived from it."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,50}[a-z0-9]$", var.service))
    error_message = "service must be a DNS label: 3 to 52 characters, lowercase letters, digits and \"-\", starting with a letter and not ending with \"-\"."
  }
}

variable "environment" {
  description = "Environment this copy of the stack belongs to: \"dev\", \"staging\" or \"production\". Also the Sentry environment name the alert filters on."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "production"], var.environment)
    error_message = "environment must be one of \"dev\", \"staging\", \"production\"."
  }
}

variable "organization" {
  description = "Slug of the Sentry organization (the <org> in https://<org>.sentry.io)."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9_-]*$", var.organization))
    error_message = "organization must be a Sentry organization slug: lowercase letters, digits, \"-\" and \"_\"."
  }
}

variable "team" {
  description = "Slug of the existing Sentry team that owns the project and receives the alert e-mails."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9_-]*$", var.team))
    error_message = "team must be a Sentry team slug: lowercase letters, digits, \"-\" and \"_\"."
  }
}

variable "platform" {
  description = "Sentry platform of the project (e.g. \"node\", \"python\"); it selects the SDK setup instructions shown in Sentry."
  type        = string
  default     = "node"

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9-]*$", var.platform))
    error_message = "platform must be a Sentry platform identifier such as \"node\" or \"python\"."
  }
}

variable "alert_frequency_minutes" {
  description = "The alert notifies at most once every this many minutes for the same issue."
  type        = number
  default     = 30

  validation {
    condition     = var.alert_frequency_minutes >= 0 && var.alert_frequency_minutes <= 43200 && floor(var.alert_frequency_minutes) == var.alert_frequency_minutes
    error_message = "alert_frequency_minutes must be a whole number of minutes between 0 and 43200 (30 days)."
  }
}

variable "alert_new_issue_threshold" {
  description = "The alert also fires when an issue gets more than this many events within one hour."
  type        = number
  default     = 10

  validation {
    condition     = var.alert_new_issue_threshold >= 1 && floor(var.alert_new_issue_threshold) == var.alert_new_issue_threshold
    error_message = "alert_new_issue_threshold must be a whole number of at least 1."
  }
}
