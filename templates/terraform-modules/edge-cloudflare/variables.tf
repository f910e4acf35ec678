variable "service" {
  description = "Name of the service, a DNS label such as \"orders-agent\"."
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

variable "zone_id" {
  description = "ID of the Cloudflare zone that holds hostname (32 hexadecimal characters, shown on the zone's overview page)."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{32}$", var.zone_id))
    error_message = "zone_id must be a Cloudflare zone ID: 32 lowercase hexadecimal characters."
  }
}

variable "hostname" {
  description = "Fully qualified public hostname of the service in this environment, inside the zone (e.g. \"orders.agents.example.com\")."
  type        = string

  validation {
    condition     = length(var.hostname) <= 253 && can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.hostname))
    error_message = "hostname must be a lowercase fully qualified domain name such as \"orders.agents.example.com\", without scheme, port, path or trailing dot."
  }
}

variable "ruleset_hostnames" {
  description = "Host names the WAF and rate limiting rules cover in addition to hostname, e.g. the dev and staging hosts when this state owns the zone's entry-point rulesets. Duplicates of hostname are ignored."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for h in var.ruleset_hostnames : length(h) <= 253 && can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", h))])
    error_message = "Every ruleset_hostnames entry must be a lowercase fully qualified domain name such as \"orders-staging.agents.example.com\", without scheme, port, path or trailing dot."
  }
}

variable "origin_hostname" {
  description = "Hostname the proxied CNAME points at: the ingress load balancer or the platform-provided domain of the service."
  type        = string

  validation {
    condition     = length(var.origin_hostname) <= 253 && can(regex("^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.origin_hostname))
    error_message = "origin_hostname must be a lowercase fully qualified domain name without scheme, port, path or trailing dot."
  }
}

variable "proxied" {
  description = "Whether the CNAME is proxied through Cloudflare (orange cloud). The WAF, rate limiting and HSTS only apply to proxied traffic."
  type        = bool
  default     = true
}

variable "api_paths" {
  description = "URI path prefixes of the API on hostname that get the API rate limit. An empty list creates no API rate limiting rule."
  type        = list(string)
  default     = ["/v1/"]

  validation {
    condition     = alltrue([for p in var.api_paths : can(regex("^/[^\"\\\\[:space:]]*$", p))])
    error_message = "Every api_paths entry must start with \"/\" and contain no quotes, backslashes or whitespace."
  }
}

variable "login_paths" {
  description = "URI path prefixes of the login and auth endpoints on hostname that get the stricter login rate limit. An empty list creates no login rate limiting rule."
  type        = list(string)
  default     = ["/login", "/auth/"]

  validation {
    condition     = alltrue([for p in var.login_paths : can(regex("^/[^\"\\\\[:space:]]*$", p))])
    error_message = "Every login_paths entry must start with \"/\" and contain no quotes, backslashes or whitespace."
  }
}

variable "rate_limit_requests" {
  description = "Requests one client IP may send to api_paths per rate_limit_period_seconds (per Cloudflare data center) before it gets HTTP 429. login_paths allow a tenth of it."
  type        = number
  default     = 100

  validation {
    condition     = var.rate_limit_requests >= 10 && floor(var.rate_limit_requests) == var.rate_limit_requests
    error_message = "rate_limit_requests must be a whole number of at least 10 (the login limit is a tenth of it and must stay at least 1)."
  }
}

variable "rate_limit_period_seconds" {
  description = "Counting period of the rate limiting rules in seconds; also how long a client that exceeded the limit is blocked. One of 10, 60, 600, 3600 (plans limit the choice: Free 10, Pro up to 60)."
  type        = number
  default     = 60

  validation {
    condition     = contains([10, 60, 600, 3600], var.rate_limit_period_seconds)
    error_message = "rate_limit_period_seconds must be one of 10, 60, 600, 3600."
  }
}

variable "waf_managed_rules" {
  description = "Whether this module owns the zone's http_request_firewall_managed entry-point ruleset and executes the Cloudflare Managed Ruleset for hostname. Only one owner per zone: set false in every other service/environment on the same zone."
  type        = bool
  default     = true
}

variable "rate_limit_rules" {
  description = "Whether this module owns the zone's http_ratelimit entry-point ruleset with the API and login rate limiting rules for hostname. Only one owner per zone: set false in every other service/environment on the same zone."
  type        = bool
  default     = true
}

variable "manage_zone_settings" {
  description = "Whether this module sets the zone-wide settings minimum TLS 1.2 and HSTS. Zone settings exist once per zone: set true in exactly one place (one service/environment or the platform's own root)."
  type        = bool
  default     = true
}
