locals {
  name      = var.environment == "production" ? var.service : "${var.service}-${var.environment}"
  subdomain = coalesce(var.railway_subdomain, local.name)

  # Names of secrets are not secret; values stay sensitive.
  secret_env_names = nonsensitive(keys(var.secret_env))

  variables = concat(
    [for name, value in var.env : { name = name, value = value }],
    [for name in local.secret_env_names : { name = name, value = var.secret_env[name] }],
    [{ name = "PORT", value = tostring(var.port) }],
  )
}

resource "railway_service" "this" {
  name         = local.name
  project_id   = var.project_id
  source_image = var.image

  # The provider sets replicas only as a count per region, so a count needs
  # a region; without one, Railway's own placement (one replica) stands.
  regions = var.region == null ? null : [
    {
      region       = var.region
      num_replicas = var.replicas
    },
  ]

  lifecycle {
    precondition {
      condition     = length(local.name) <= 32
      error_message = "Railway service names are at most 32 characters; \"${local.name}\" is longer: shorten service."
    }

    precondition {
      condition     = var.region != null || var.replicas == 1
      error_message = "replicas > 1 needs region: the Railway provider sets replicas as a count per region."
    }
  }
}

# One collection for all variables: a change redeploys the service once.
resource "railway_variable_collection" "this" {
  environment_id = var.environment_id
  service_id     = railway_service.this.id
  variables      = local.variables

  lifecycle {
    precondition {
      condition     = length(setintersection(keys(var.env), local.secret_env_names)) == 0
      error_message = "A name is in both env and secret_env; give each variable once."
    }
  }
}

resource "railway_service_domain" "this" {
  subdomain      = local.subdomain
  environment_id = var.environment_id
  service_id     = railway_service.this.id
}

resource "railway_custom_domain" "this" {
  domain         = var.hostname
  environment_id = var.environment_id
  service_id     = railway_service.this.id
}
