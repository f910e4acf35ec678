locals {
  name = var.environment == "production" ? var.service : "${var.service}-${var.environment}"
}

data "sentry_team" "this" {
  organization = var.organization
  slug         = var.team
}

resource "sentry_project" "this" {
  organization = var.organization
  teams        = [var.team]
  name         = local.name
  slug         = local.name
  platform     = var.platform

  # The alert below replaces Sentry's default "alert on every new issue" rule,
  # and sentry_key.this replaces the auto-created "Default" client key.
  default_rules = false
  default_key   = false
}

resource "sentry_key" "this" {
  organization = var.organization
  project      = sentry_project.this.slug
  name         = "${local.name} (Terraform)"
}

# Sentry creates a default error monitor for every project; alerts attach to monitors.
data "sentry_project_error_monitor" "this" {
  organization = var.organization
  project      = sentry_project.this.slug
  first        = true
}

resource "sentry_alert" "issues" {
  organization      = var.organization
  name              = "${local.name}: new issue or more than ${var.alert_new_issue_threshold} events/h"
  environment       = var.environment
  monitor_ids       = [data.sentry_project_error_monitor.this.id]
  frequency_minutes = var.alert_frequency_minutes

  # The provider joins trigger conditions with "any-short": either one fires the alert.
  trigger_conditions = [
    { first_seen_event = {} },
    {
      event_frequency_count = {
        interval = "1h"
        value    = var.alert_new_issue_threshold
      }
    },
  ]

  action_filters = [
    {
      logic_type = "all"
      actions = [
        {
          email = {
            target_type = "team"
            target_id   = data.sentry_team.this.internal_id
          }
        },
      ]
    },
  ]
}
