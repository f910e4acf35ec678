locals {
  name = var.environment == "production" ? var.service : "${var.service}-${var.environment}"
  ref  = replace(local.name, "-", "_")

  # ID of the "Cloudflare Managed Ruleset", identical in every account.
  cloudflare_managed_ruleset_id = "efb7b8c949ac4650a09736fc376e9aee"

  # A zone has one entry-point ruleset per phase, so its owner's rules also cover the other hosts.
  ruleset_hosts   = distinct(concat([var.hostname], var.ruleset_hostnames))
  hosts_label     = join(", ", local.ruleset_hosts)
  host_expression = "(http.host in {${join(" ", [for h in local.ruleset_hosts : "\"${h}\""])}})"

  api_path_expression   = join(" or ", [for p in var.api_paths : "starts_with(http.request.uri.path, \"${p}\")"])
  login_path_expression = join(" or ", [for p in var.login_paths : "starts_with(http.request.uri.path, \"${p}\")"])

  login_requests_per_period = floor(var.rate_limit_requests / 10)

  rate_limit_response = {
    status_code  = 429
    content      = "{\"error\":\"rate_limited\",\"message\":\"Too many requests, retry later.\"}"
    content_type = "application/json"
  }

  waf_rule = {
    ref         = "${local.ref}_cloudflare_managed_ruleset"
    description = "${local.name}: execute the Cloudflare Managed Ruleset for ${local.hosts_label}"
    expression  = local.host_expression
    action      = "execute"
    action_parameters = {
      id = local.cloudflare_managed_ruleset_id
    }
  }

  # The login rule comes first: a request blocked by it is not counted again by the API rule.
  http_ratelimit_rules = concat(
    length(var.login_paths) == 0 ? [] : [{
      ref         = "${local.ref}_login_rate_limit"
      description = "${local.name}: ${local.login_requests_per_period} requests per ${var.rate_limit_period_seconds}s per IP on login paths of ${local.hosts_label}"
      expression  = "${local.host_expression} and (${local.login_path_expression})"
      action      = "block"
      action_parameters = {
        response = local.rate_limit_response
      }
      ratelimit = {
        characteristics     = ["cf.colo.id", "ip.src"]
        period              = var.rate_limit_period_seconds
        requests_per_period = local.login_requests_per_period
        mitigation_timeout  = var.rate_limit_period_seconds
      }
    }],
    length(var.api_paths) == 0 ? [] : [{
      ref         = "${local.ref}_api_rate_limit"
      description = "${local.name}: ${var.rate_limit_requests} requests per ${var.rate_limit_period_seconds}s per IP on API paths of ${local.hosts_label}"
      expression  = "${local.host_expression} and (${local.api_path_expression})"
      action      = "block"
      action_parameters = {
        response = local.rate_limit_response
      }
      ratelimit = {
        characteristics     = ["cf.colo.id", "ip.src"]
        period              = var.rate_limit_period_seconds
        requests_per_period = var.rate_limit_requests
        mitigation_timeout  = var.rate_limit_period_seconds
      }
    }],
  )
}

resource "cloudflare_dns_record" "this" {
  zone_id = var.zone_id
  name    = var.hostname
  type    = "CNAME"
  content = var.origin_hostname
  proxied = var.proxied
  # 1 = automatic; Cloudflare requires it for proxied records.
  ttl     = 1
  comment = "${local.name} (Terraform module edge-cloudflare)"
}

resource "cloudflare_zone_setting" "min_tls_version" {
  count = var.manage_zone_settings ? 1 : 0

  zone_id    = var.zone_id
  setting_id = "min_tls_version"
  value      = "1.2"
}

resource "cloudflare_zone_setting" "hsts" {
  count = var.manage_zone_settings ? 1 : 0

  zone_id    = var.zone_id
  setting_id = "security_header"
  value = {
    strict_transport_security = {
      enabled            = true
      max_age            = 31536000
      include_subdomains = true
      nosniff            = true
      preload            = false
    }
  }
}

# Zone entry-point ruleset: one per zone and phase, see README.
resource "cloudflare_ruleset" "waf_managed" {
  count = var.waf_managed_rules ? 1 : 0

  zone_id     = var.zone_id
  name        = "WAF managed rules (owned by ${local.name})"
  description = "Zone entry point for http_request_firewall_managed, managed by the Terraform module edge-cloudflare of ${local.name}."
  kind        = "zone"
  phase       = "http_request_firewall_managed"
  rules       = [local.waf_rule]
}

# Zone entry-point ruleset: one per zone and phase, see README.
resource "cloudflare_ruleset" "rate_limit" {
  count = var.rate_limit_rules && length(local.http_ratelimit_rules) > 0 ? 1 : 0

  zone_id     = var.zone_id
  name        = "Rate limiting rules (owned by ${local.name})"
  description = "Zone entry point for http_ratelimit, managed by the Terraform module edge-cloudflare of ${local.name}."
  kind        = "zone"
  phase       = "http_ratelimit"
  rules       = local.http_ratelimit_rules
}
