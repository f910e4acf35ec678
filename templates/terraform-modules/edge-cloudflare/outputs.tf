output "hostname" {
  description = "Public hostname of the service in this environment."
  value       = cloudflare_dns_record.this.name
}

output "url" {
  description = "Public HTTPS URL of the service in this environment."
  value       = "https://${var.hostname}"
}

output "dns_record_id" {
  description = "ID of the Cloudflare DNS record (CNAME) of hostname."
  value       = cloudflare_dns_record.this.id
}

output "ruleset_rules" {
  description = "The rules this module puts in the zone entry-point rulesets, keyed by phase (http_request_firewall_managed, http_ratelimit), in cloudflare_ruleset v5 shape. A zone owner that is not this module (waf_managed_rules / rate_limit_rules = false) can concatenate them into its own entry-point rulesets."
  value = {
    http_request_firewall_managed = [local.waf_rule]
    http_ratelimit                = local.http_ratelimit_rules
  }
}
