output "project_slug" {
  description = "Slug of the Sentry project: service in production, service-environment elsewhere."
  value       = sentry_project.this.slug
}

output "project_id" {
  description = "Numeric (internal) ID of the Sentry project."
  value       = sentry_project.this.internal_id
}

output "dsn" {
  description = "Public DSN of the project's client key, for the service's SENTRY_DSN."
  value       = sentry_key.this.dsn["public"]
  sensitive   = true
}
