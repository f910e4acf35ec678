locals {
  # Unique per Neon account: the three environments share it.
  name = var.environment == "production" ? var.service : "${var.service}-${var.environment}"

  database_name = replace(var.service, "-", "_")
  username      = "${local.database_name}_owner"
}

resource "neon_project" "this" {
  name                      = local.name
  org_id                    = var.neon_org_id
  region_id                 = var.neon_region
  pg_version                = var.postgres_version
  history_retention_seconds = var.neon_history_retention_seconds

  # The default branch is created with the service's database, owned by its role.
  branch {
    name          = "main"
    database_name = local.database_name
    role_name     = local.username
  }
}

resource "neon_endpoint" "read_replica" {
  count = var.read_replica ? 1 : 0

  project_id = neon_project.this.id
  branch_id  = neon_project.this.default_branch_id
  type       = "read_only"
}
