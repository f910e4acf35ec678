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

variable "engine" {
  description = "Where the database runs: \"neon\" (Neon serverless Postgres) or \"rds\" (Amazon RDS for PostgreSQL)."
  type        = string

  validation {
    condition     = contains(["neon", "rds"], var.engine)
    error_message = "engine must be \"neon\" or \"rds\"."
  }
}

variable "read_replica" {
  description = "Whether to add a read replica: a read-only compute endpoint on Neon, a replica DB instance on RDS."
  type        = bool
  default     = false
}

variable "postgres_version" {
  description = "Major PostgreSQL version."
  type        = number
  default     = 16

  validation {
    condition     = var.postgres_version == floor(var.postgres_version) && var.postgres_version >= 14
    error_message = "postgres_version must be a whole major version, 14 or later."
  }
}

variable "neon_region" {
  description = "Neon region of the project (engine = \"neon\"), such as \"aws-us-east-2\"."
  type        = string
  default     = "aws-us-east-2"

  validation {
    condition     = can(regex("^(aws|azure)-[a-z0-9-]+$", var.neon_region))
    error_message = "neon_region must be a Neon region id such as \"aws-us-east-2\" or \"azure-eastus2\"."
  }
}

variable "neon_org_id" {
  description = "Neon organization to create the project in (engine = \"neon\"). null leaves it to the API key: an organization API key creates the project in its organization."
  type        = string
  default     = null
}

variable "neon_history_retention_seconds" {
  description = "Point-in-time restore window of the Neon project, in seconds (engine = \"neon\"). The maximum depends on the Neon plan."
  type        = number
  default     = 86400

  validation {
    condition     = var.neon_history_retention_seconds >= 0 && var.neon_history_retention_seconds <= 2592000 && var.neon_history_retention_seconds == floor(var.neon_history_retention_seconds)
    error_message = "neon_history_retention_seconds must be a whole number of seconds between 0 and 2592000 (30 days)."
  }
}

variable "rds_instance_class" {
  description = "RDS instance class of the primary and of the replica (engine = \"rds\")."
  type        = string
  default     = "db.t4g.micro"

  validation {
    condition     = can(regex("^db\\.[a-z0-9-]+\\.[a-z0-9]+$", var.rds_instance_class))
    error_message = "rds_instance_class must be an RDS instance class such as \"db.t4g.micro\"."
  }
}

variable "rds_allocated_storage_gb" {
  description = "Allocated storage of the RDS primary, in GiB (engine = \"rds\")."
  type        = number
  default     = 20

  validation {
    condition     = var.rds_allocated_storage_gb >= 20 && var.rds_allocated_storage_gb <= 65536 && var.rds_allocated_storage_gb == floor(var.rds_allocated_storage_gb)
    error_message = "rds_allocated_storage_gb must be a whole number between 20 and 65536."
  }
}

variable "rds_backup_retention_days" {
  description = "Days RDS keeps automated backups (engine = \"rds\"). At least 1: backups stay on, and a read replica needs them."
  type        = number
  default     = 7

  validation {
    condition     = var.rds_backup_retention_days >= 1 && var.rds_backup_retention_days <= 35 && var.rds_backup_retention_days == floor(var.rds_backup_retention_days)
    error_message = "rds_backup_retention_days must be a whole number between 1 and 35."
  }
}

variable "rds_subnet_group_name" {
  description = "DB subnet group of the RDS primary (engine = \"rds\"). null uses the default VPC."
  type        = string
  default     = null
}

variable "rds_security_group_ids" {
  description = "VPC security groups of the RDS instances (engine = \"rds\"). Empty uses the VPC's default security group."
  type        = list(string)
  default     = []
}

variable "rds_multi_az" {
  description = "Whether the RDS primary runs Multi-AZ with a standby in a second availability zone (engine = \"rds\")."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Whether the RDS instances refuse to be deleted until this is set to false (engine = \"rds\" only: the Neon provider has no project deletion protection)."
  type        = bool
  default     = true
}
