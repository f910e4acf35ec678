output "folder_uid" {
  description = "UID of the Grafana folder holding the dashboard, the alert rules and the SLOs."
  value       = grafana_folder.this.uid
}

output "dashboard_uid" {
  description = "UID of the service's dashboard (at most 40 characters, derived from service and environment)."
  value       = grafana_dashboard.this.uid
}

output "dashboard_url" {
  description = "Full URL of the service's dashboard."
  value       = grafana_dashboard.this.url
}

output "availability_slo_id" {
  description = "ID of the availability SLO, or null when slo_enabled is false."
  value       = try(grafana_slo.this["availability"].id, null)
}

output "latency_slo_id" {
  description = "ID of the latency SLO, or null when slo_enabled is false."
  value       = try(grafana_slo.this["latency"].id, null)
}

output "latency_slo_threshold_ms" {
  description = "Latency the latency SLO actually measures: latency_target_ms when it is a bucket of the service, else the standard boundary at or above it."
  value       = local.latency_bucket.ms
}
