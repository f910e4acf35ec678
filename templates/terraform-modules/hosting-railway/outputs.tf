output "service_id" {
  description = "The Railway service's ID."
  value       = railway_service.this.id
}

output "origin_hostname" {
  description = "The Railway-provided domain (<label>.up.railway.app): the target of the edge's proxied CNAME."
  value       = railway_service_domain.this.domain
}

output "service_name" {
  description = "The Railway service's name (suffixed with the environment outside production)."
  value       = railway_service.this.name
}

output "custom_domain_dns_record_value" {
  description = "The CNAME target Railway asks for the custom domain; if it differs from origin_hostname, point the edge CNAME here (see README)."
  value       = railway_custom_domain.this.dns_record_value
}

output "health_check_path" {
  description = "The health check path to set on the service in Railway: the provider has no attribute for it."
  value       = var.health_check_path
}
