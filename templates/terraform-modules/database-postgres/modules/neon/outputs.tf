output "engine" {
  description = "Engine the database runs on: always \"neon\" for this module."
  value       = "neon"
}

output "host" {
  description = "Host name of the primary (read-write) endpoint."
  value       = neon_project.this.database_host
}

output "port" {
  description = "TCP port of the database."
  value       = 5432
}

output "database" {
  description = "Name of the service's database (the service name with \"-\" replaced by \"_\")."
  value       = neon_project.this.database_name
}

output "username" {
  description = "Role the service connects as: the owner of the database."
  value       = neon_project.this.database_user
}

output "connection_uri" {
  description = "postgres:// URI of the primary with the role's password, as the Neon provider returns it. The only output that carries the password."
  value       = neon_project.this.connection_uri
  sensitive   = true
}

output "read_replica_host" {
  description = "Host name of the read-only compute endpoint, or null when read_replica is false."
  value       = one(neon_endpoint.read_replica[*].host)
}
