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
  description = "Whether to add a read replica: a read-only compute endpoint on the project's default branch."
  type        = bool
  default     = false
}

variable "postgres_version" {
  description = "Major PostgreSQL version of the Neon project. Changing it replaces the project and its data."
  type        = number
  default     = 16

  validation {
    condition     = var.postgres_version == floor(var.postgres_version) && var.postgres_version >= 14
    error_message = "postgres_version must be a whole major version, 14 or later."
  }
}

variable "neon_region" {
  description = "Neon region of the project, such as \"aws-us-east-2\"."
  type        = string
  default     = "aws-us-east-2"

  validation {
    condition     = can(regex("^(aws|azure)-[a-z0-9-]+$", var.neon_region))
    error_message = "neon_region must be a Neon region id such as \"aws-us-east-2\" or \"azure-eastus2\"."
  }
}

variable "neon_org_id" {
  description = "Neon organization to create the project in. null leaves it to the API key: an organization API key creates the project in its organization."
  type        = string
  default     = null
}

variable "neon_history_retention_seconds" {
  description = "Point-in-time restore window of the Neon project, in seconds. The maximum depends on the Neon plan."
  type        = number
  default     = 86400

  validation {
    condition     = var.neon_history_retention_seconds >= 0 && var.neon_history_retention_seconds <= 2592000 && var.neon_history_retention_seconds == floor(var.neon_history_retention_seconds)
    error_message = "neon_history_retention_seconds must be a whole number of seconds between 0 and 2592000 (30 days)."
  }
}
