locals {
  is_production = var.environment == "production"
  is_neon       = var.engine == "neon"
  is_rds        = var.engine == "rds"

  # Unique per provider account: the three environments share it.
  name = local.is_production ? var.service : "${var.service}-${var.environment}"

  database_name = replace(var.service, "-", "_")
  username      = "${local.database_name}_owner"

  tags = {
    service     = var.service
    environment = var.environment
    managed-by  = "terraform"
  }
}

# ---------------------------------------------------------------------------
# Neon
# ---------------------------------------------------------------------------

resource "neon_project" "this" {
  count = local.is_neon ? 1 : 0

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
  count = local.is_neon && var.read_replica ? 1 : 0

  project_id = neon_project.this[0].id
  branch_id  = neon_project.this[0].default_branch_id
  type       = "read_only"
}

# ---------------------------------------------------------------------------
# Amazon RDS
# ---------------------------------------------------------------------------

# Alphanumeric only, so the password needs no escaping in connection_uri.
resource "random_password" "master" {
  count = local.is_rds ? 1 : 0

  length  = 32
  special = false
}

# Lets a production database be destroyed, recreated and destroyed again
# without the second final snapshot colliding with the first one's name.
resource "random_id" "final_snapshot" {
  count = local.is_rds && local.is_production ? 1 : 0

  byte_length = 4
}

resource "aws_db_instance" "primary" {
  count = local.is_rds ? 1 : 0

  identifier     = local.name
  engine         = "postgres"
  engine_version = tostring(var.postgres_version)
  instance_class = var.rds_instance_class

  allocated_storage = var.rds_allocated_storage_gb
  storage_type      = "gp3"
  storage_encrypted = true

  db_name  = local.database_name
  username = local.username
  password = random_password.master[0].result
  port     = 5432

  db_subnet_group_name   = var.rds_subnet_group_name
  vpc_security_group_ids = length(var.rds_security_group_ids) > 0 ? var.rds_security_group_ids : null
  publicly_accessible    = false
  multi_az               = var.rds_multi_az

  backup_retention_period    = var.rds_backup_retention_days
  copy_tags_to_snapshot      = true
  auto_minor_version_upgrade = true

  performance_insights_enabled = true

  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = !local.is_production
  final_snapshot_identifier = one([for id in random_id.final_snapshot : "${local.name}-final-${id.hex}"])

  tags = local.tags

  lifecycle {
    precondition {
      condition     = !strcontains(local.name, "--")
      error_message = "RDS identifiers cannot contain two consecutive hyphens: rename the service or use engine = \"neon\"."
    }
  }
}

resource "aws_db_instance" "replica" {
  count = local.is_rds && var.read_replica ? 1 : 0

  # "-ro" keeps the identifier within RDS's 63 characters for the longest names.
  identifier          = "${local.name}-ro"
  replicate_source_db = aws_db_instance.primary[0].identifier
  instance_class      = var.rds_instance_class

  storage_encrypted      = true
  vpc_security_group_ids = length(var.rds_security_group_ids) > 0 ? var.rds_security_group_ids : null
  publicly_accessible    = false

  auto_minor_version_upgrade   = true
  performance_insights_enabled = true

  deletion_protection = var.deletion_protection
  # A replica holds no data of its own and RDS refuses a final snapshot of it.
  skip_final_snapshot = true

  tags = local.tags
}

# ---------------------------------------------------------------------------
# Connection details of whichever engine exists
# ---------------------------------------------------------------------------

locals {
  rds_connection_uris = [
    for db in aws_db_instance.primary :
    "postgres://${db.username}:${random_password.master[0].result}@${db.address}:${db.port}/${db.db_name}?sslmode=require"
  ]

  host     = local.is_neon ? one(neon_project.this[*].database_host) : one(aws_db_instance.primary[*].address)
  port     = local.is_neon ? 5432 : one(aws_db_instance.primary[*].port)
  database = local.is_neon ? one(neon_project.this[*].database_name) : one(aws_db_instance.primary[*].db_name)
  user     = local.is_neon ? one(neon_project.this[*].database_user) : one(aws_db_instance.primary[*].username)

  connection_uri    = local.is_neon ? one(neon_project.this[*].connection_uri) : one(local.rds_connection_uris)
  read_replica_host = local.is_neon ? one(neon_endpoint.read_replica[*].host) : one(aws_db_instance.replica[*].address)
}
