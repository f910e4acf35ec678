variable "service" {
  description = "Name of the service, a DNS label such as \"orders-agent\". The database is named after it with \"-\" replaced by \"_\"."
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

variable "read_replica" {
  description = "Whether to add a read replica DB instance that replicates the primary."
  type        = bool
  default     = false
}

variable "postgres_version" {
  description = "Major PostgreSQL version of the RDS instances."
  type        = number
  default     = 16

  validation {
    condition     = var.postgres_version == floor(var.postgres_version) && var.postgres_version >= 14
    error_message = "postgres_version must be a whole major version, 14 or later."
  }
}

variable "rds_instance_class" {
  description = "RDS instance class of the primary and of the replica."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = can(regex("^db\\.[a-z0-9-]+\\.[a-z0-9]+$", var.rds_instance_class))
    error_message = "rds_instance_class must be an RDS instance class such as \"db.t4g.micro\"."
  }
}

variable "rds_allocated_storage_gb" {
  description = "Allocated storage of the RDS primary, in GiB."
  type        = number
  default     = 20

  validation {
    condition     = var.rds_allocated_storage_gb >= 20 && var.rds_allocated_storage_gb <= 65536 && var.rds_allocated_storage_gb == floor(var.rds_allocated_storage_gb)
    error_message = "rds_allocated_storage_gb must be a whole number between 20 and 65536."
  }
}

variable "rds_backup_retention_days" {
  description = "Days RDS keeps automated backups. At least 1: backups stay on, and a read replica needs them."
  type        = number
  default     = 7

  validation {
    condition     = var.rds_backup_retention_days >= 1 && var.rds_backup_retention_days <= 35 && var.rds_backup_retention_days == floor(var.rds_backup_retention_days)
    error_message = "rds_backup_retention_days must be a whole number between 1 and 35."
  }
}

variable "rds_subnet_group_name" {
  description = "DB subnet group of the RDS primary. null uses the default VPC."
  type        = string
  default     = null
}

variable "rds_security_group_ids" {
  description = "VPC security groups of the RDS instances. Empty uses the VPC's default security group."
  type        = list(string)
  default     = []
}

variable "rds_multi_az" {
  description = "Whether the RDS primary runs Multi-AZ with a standby in a second availability zone."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Whether the RDS instances (primary and replica) refuse to be deleted until this is set to false."
  type        = bool
  default     = true
}
