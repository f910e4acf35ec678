variable "service" {
  description = "The service's name, a DNS label; the Railway service is named after it (suffixed with the environment outside production)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,50}[a-z0-9]$", var.service))
    error_message = "service must be a DNS label: lowercase letters, digits and '-', starting with a letter, 3 to 52 characters."
  }
}

variable "environment" {
  description = "The environment this state manages: dev, staging or production."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "production"], var.environment)
    error_message = "environment must be one of dev, staging, production."
  }
}

variable "project_id" {
  description = "The ID of the Railway project the service is created in."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.project_id))
    error_message = "project_id must be a Railway project ID (a UUID)."
  }
}

variable "environment_id" {
  description = "The ID of the Railway environment (in that project) the variables and domains belong to."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.environment_id))
    error_message = "environment_id must be a Railway environment ID (a UUID)."
  }
}

variable "image" {
  description = "The container image, with a tag or digest (e.g. ghcr.io/acme/orders-agent:1.4.2)."
  type        = string

  validation {
    condition     = can(regex("^[^\\s]+$", var.image))
    error_message = "image must be a non-empty image reference without whitespace."
  }
}

variable "port" {
  description = "The port the service listens on, given to it as PORT (Railway routes its domains to PORT)."
  type        = number

  validation {
    condition     = var.port >= 1 && var.port <= 65535 && floor(var.port) == var.port
    error_message = "port must be an integer from 1 to 65535."
  }
}

variable "replicas" {
  description = "The number of replicas; more than one needs region, since the provider sets replicas per region."
  type        = number

  validation {
    condition     = var.replicas >= 1 && var.replicas <= 50 && floor(var.replicas) == var.replicas
    error_message = "replicas must be an integer from 1 to 50 (Railway's maximum across regions)."
  }
}

variable "hostname" {
  description = "The custom domain of the service in this environment (the FQDN the edge serves)."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.hostname))
    error_message = "hostname must be a lowercase fully qualified domain name such as orders.agents.example.com."
  }
}

variable "env" {
  description = "Plain variables of the service (PORT is set by the module)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for name in keys(var.env) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", name)) && name != "PORT"])
    error_message = "env names must be C identifiers ([A-Za-z_][A-Za-z0-9_]*) and must not be PORT, which the module sets."
  }
}

variable "secret_env" {
  description = "Secret variables of the service; Railway stores them with the plain ones, Terraform keeps them sensitive."
  type        = map(string)
  default     = {}
  sensitive   = true

  validation {
    condition     = alltrue([for name in nonsensitive(keys(var.secret_env)) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", name)) && name != "PORT"])
    error_message = "secret_env names must be C identifiers ([A-Za-z_][A-Za-z0-9_]*) and must not be PORT, which the module sets."
  }
}

variable "health_check_path" {
  description = "The path Railway's health check should request. The provider cannot set it: it is output for the operator to set (see README)."
  type        = string
  default     = "/health"

  validation {
    condition     = can(regex("^/[^\\s]*$", var.health_check_path))
    error_message = "health_check_path must start with '/' and contain no whitespace."
  }
}

variable "region" {
  description = "The Railway region ID to run in (e.g. us-east4-eqdc4a); null leaves placement to Railway (then replicas must be 1)."
  type        = string
  default     = null

  validation {
    condition     = var.region == null || can(regex("^[a-z0-9]+(-[a-z0-9]+)*$", var.region))
    error_message = "region must be null or a Railway region ID such as us-east4-eqdc4a."
  }
}

variable "railway_subdomain" {
  description = "The label of the Railway-provided domain (<label>.up.railway.app); null uses the service name. Such domains are global: change it if the name is taken."
  type        = string
  default     = null

  validation {
    condition     = var.railway_subdomain == null || can(regex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", var.railway_subdomain))
    error_message = "railway_subdomain must be null or a DNS label."
  }
}
