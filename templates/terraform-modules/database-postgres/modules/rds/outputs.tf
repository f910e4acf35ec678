output "engine" {
  description = "Engine the database runs on: always \"rds\" for this module."
  value       = "rds"
}

output "host" {
  description = "Host name of the primary (read-write) instance."
  value       = aws_db_instance.primary.address
}

output "port" {
  description = "TCP port of the database."
  value       = aws_db_instance.primary.port
}

output "database" {
  description = "Name of the service's database (the service name with \"-\" replaced by \"_\")."
  value       = aws_db_instance.primary.db_name
}

output "username" {
  description = "Role the service connects as: the master user of the instance."
  value       = aws_db_instance.primary.username
}

output "connection_uri" {
  description = "postgres:// URI of the primary with the master password and sslmode=require. The only output that carries the password."
  value       = "postgres://${aws_db_instance.primary.username}:${random_password.master.result}@${aws_db_instance.primary.address}:${aws_db_instance.primary.port}/${aws_db_instance.primary.db_name}?sslmode=require"
  sensitive   = true
}

output "read_replica_host" {
  description = "Host name of the read replica instance, or null when read_replica is false."
  value       = one(aws_db_instance.replica[*].address)
}
