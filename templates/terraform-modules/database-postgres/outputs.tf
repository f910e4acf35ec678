output "engine" {
  description = "Engine the database runs on: \"neon\" or \"rds\"."
  value       = var.engine
}

output "host" {
  description = "Host name of the primary (read-write) endpoint."
  value       = local.host
}

output "port" {
  description = "TCP port of the database."
  value       = local.port
}

output "database" {
  description = "Name of the service's database (the service name with \"-\" replaced by \"_\")."
  value       = local.database
}

output "username" {
  description = "Role the service connects as: owner of the database on Neon, master user on RDS."
  value       = local.user
}

output "connection_uri" {
  description = "postgres:// URI of the primary with the password and sslmode=require. The only output that carries the password."
  value       = local.connection_uri
  sensitive   = true
}

output "read_replica_host" {
  description = "Host name of the read replica, or null when read_replica is false."
  value       = local.read_replica_host
}
