variable "service" {
  description = "The service's name, a DNS label: names every object and sets the app, app.kubernetes.io/name and backstage.io/kubernetes-id labels."
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

variable "namespace" {
  description = "The existing namespace the objects are created in; give each environment its own."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", var.namespace))
    error_message = "namespace must be a DNS label of at most 63 characters."
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
  description = "The port the service listens on (also given to it as PORT)."
  type        = number

  validation {
    condition     = var.port >= 1024 && var.port <= 65535 && floor(var.port) == var.port
    error_message = "port must be an integer from 1024 to 65535: the container runs as non-root without capabilities, so it cannot bind a privileged port."
  }
}

variable "replicas_min" {
  description = "The fewest replicas the HorizontalPodAutoscaler keeps."
  type        = number

  validation {
    condition     = var.replicas_min >= 1 && floor(var.replicas_min) == var.replicas_min
    error_message = "replicas_min must be an integer of at least 1."
  }
}

variable "replicas_max" {
  description = "The most replicas the HorizontalPodAutoscaler may run (at least replicas_min)."
  type        = number

  validation {
    condition     = var.replicas_max >= 1 && floor(var.replicas_max) == var.replicas_max
    error_message = "replicas_max must be an integer of at least 1."
  }
}

variable "cpu_target_percent" {
  description = "The average CPU utilization the HPA aims for, in percent of cpu_request."
  type        = number

  validation {
    condition     = var.cpu_target_percent >= 1 && var.cpu_target_percent <= 1000 && floor(var.cpu_target_percent) == var.cpu_target_percent
    error_message = "cpu_target_percent must be an integer from 1 to 1000."
  }
}

variable "memory_target_percent" {
  description = "The average memory utilization the HPA aims for, in percent of memory_request."
  type        = number

  validation {
    condition     = var.memory_target_percent >= 1 && var.memory_target_percent <= 1000 && floor(var.memory_target_percent) == var.memory_target_percent
    error_message = "memory_target_percent must be an integer from 1 to 1000."
  }
}

variable "scale_up_stabilization_seconds" {
  description = "The HPA's scale-up stabilization window: it scales up to the lowest recommendation of this window."
  type        = number

  validation {
    condition     = var.scale_up_stabilization_seconds >= 0 && var.scale_up_stabilization_seconds <= 3600 && floor(var.scale_up_stabilization_seconds) == var.scale_up_stabilization_seconds
    error_message = "scale_up_stabilization_seconds must be an integer from 0 to 3600."
  }
}

variable "scale_down_stabilization_seconds" {
  description = "The HPA's scale-down stabilization window: it scales down to the highest recommendation of this window."
  type        = number

  validation {
    condition     = var.scale_down_stabilization_seconds >= 0 && var.scale_down_stabilization_seconds <= 3600 && floor(var.scale_down_stabilization_seconds) == var.scale_down_stabilization_seconds
    error_message = "scale_down_stabilization_seconds must be an integer from 0 to 3600."
  }
}

variable "hostname" {
  description = "The Ingress host: the service's public FQDN in this environment."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.hostname))
    error_message = "hostname must be a lowercase fully qualified domain name such as orders.agents.example.com."
  }
}

variable "ingress_class_name" {
  description = "The IngressClass of the ingress controller that serves the Ingress."
  type        = string
  default     = "nginx"

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$", var.ingress_class_name))
    error_message = "ingress_class_name must be a Kubernetes object name."
  }
}

variable "ingress_origin_hostname" {
  description = "The public host name of the ingress controller's load balancer; output as origin_hostname for the edge CNAME."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.ingress_origin_hostname))
    error_message = "ingress_origin_hostname must be a lowercase fully qualified domain name."
  }
}

variable "env" {
  description = "Plain environment variables of the container (PORT is set by the module)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for name in keys(var.env) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", name)) && name != "PORT"])
    error_message = "env names must be C identifiers ([A-Za-z_][A-Za-z0-9_]*) and must not be PORT, which the module sets."
  }
}

variable "secret_env" {
  description = "Secret environment variables: stored in a kubernetes_secret_v1 and given to the container with env_from."
  type        = map(string)
  default     = {}
  sensitive   = true

  validation {
    condition     = alltrue([for name in nonsensitive(keys(var.secret_env)) : can(regex("^[A-Za-z_][A-Za-z0-9_]*$", name)) && name != "PORT"])
    error_message = "secret_env names must be C identifiers ([A-Za-z_][A-Za-z0-9_]*) and must not be PORT, which the module sets."
  }
}

variable "cpu_request" {
  description = "The container's CPU request (the HPA's CPU utilization is relative to it)."
  type        = string
  default     = "250m"

  validation {
    condition     = can(regex("^([0-9]+m|[0-9]+(\\.[0-9]+)?)$", var.cpu_request))
    error_message = "cpu_request must be a CPU quantity such as 250m or 0.5."
  }
}

variable "memory_request" {
  description = "The container's memory request (the HPA's memory utilization is relative to it)."
  type        = string
  default     = "256Mi"

  validation {
    condition     = can(regex("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$", var.memory_request))
    error_message = "memory_request must be a memory quantity such as 256Mi or 1Gi."
  }
}

variable "cpu_limit" {
  description = "The container's CPU limit."
  type        = string
  default     = "1"

  validation {
    condition     = can(regex("^([0-9]+m|[0-9]+(\\.[0-9]+)?)$", var.cpu_limit))
    error_message = "cpu_limit must be a CPU quantity such as 1 or 1500m."
  }
}

variable "memory_limit" {
  description = "The container's memory limit (the container is OOM-killed above it)."
  type        = string
  default     = "512Mi"

  validation {
    condition     = can(regex("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$", var.memory_limit))
    error_message = "memory_limit must be a memory quantity such as 512Mi or 1Gi."
  }
}

variable "health_check_path" {
  description = "The HTTP path of the readiness and liveness probes."
  type        = string
  default     = "/health"

  validation {
    condition     = can(regex("^/[^\\s]*$", var.health_check_path))
    error_message = "health_check_path must start with '/' and contain no whitespace."
  }
}

variable "run_as_user" {
  description = "The non-root UID (and GID) the container runs as; 1000 is the node user of the official Node.js images."
  type        = number
  default     = 1000

  validation {
    condition     = var.run_as_user >= 1 && floor(var.run_as_user) == var.run_as_user
    error_message = "run_as_user must be a positive integer (0 is root)."
  }
}

variable "pre_stop_sleep_seconds" {
  description = "How long the preStop hook sleeps so the endpoints controller and the ingress stop sending new requests before SIGTERM; needs a sleep binary in the image."
  type        = number
  default     = 5

  validation {
    condition     = var.pre_stop_sleep_seconds >= 1 && var.pre_stop_sleep_seconds <= 20 && floor(var.pre_stop_sleep_seconds) == var.pre_stop_sleep_seconds
    error_message = "pre_stop_sleep_seconds must be an integer from 1 to 20, leaving the rest of the 30 s grace period to the service."
  }
}

variable "tls_secret_name" {
  description = "Optional kubernetes.io/tls secret (e.g. a Cloudflare Origin CA certificate) for the Ingress; null leaves TLS to the edge."
  type        = string
  default     = null

  validation {
    condition     = var.tls_secret_name == null || can(regex("^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$", var.tls_secret_name))
    error_message = "tls_secret_name must be null or a Kubernetes secret name."
  }
}
