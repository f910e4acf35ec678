locals {
  is_production = var.environment == "production"

  # Unique per AWS account and region: the three environments share it.
  name = local.is_production ? var.service : "${var.service}-${var.environment}"

  database_name = replace(var.service, "-", "_")
  username      = "${local.database_name}_owner"

  vpc_security_group_ids = length(var.rds_security_group_ids) > 0 ? var.rds_security_group_ids : null

  tags = {
    service     = var.service
    environment = var.environment
    managed-by  = "terraform"
  }
}

# Alphanumeric only, so the password needs no escaping in connection_uri.
resource "random_password" "master" {
  length  = 32
  special = false
}

# Lets a production database be destroyed, recreated and destroyed again
# without the second final snapshot colliding with the first one's name.
resource "random_id" "final_snapshot" {
  count = local.is_production ? 1 : 0

  byte_length = 4
}

resource "aws_db_instance" "primary" {
  identifier     = local.name
  engine         = "postgres"
  engine_version = tostring(var.postgres_version)
  instance_class = var.rds_instance_class

  allocated_storage = var.rds_allocated_storage_gb
  storage_type      = "gp3"
  storage_encrypted = true

  db_name  = local.database_name
  username = local.username
  password = random_password.master.result
  port     = 5432

  db_subnet_group_name   = var.rds_subnet_group_name
  vpc_security_group_ids = local.vpc_security_group_ids
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
      error_message = "RDS identifiers cannot contain two consecutive hyphens: rename the service or use the Neon module (database-postgres/modules/neon)."
    }
  }
}

resource "aws_db_instance" "replica" {
  count = var.read_replica ? 1 : 0

  # "-ro" keeps the identifier within RDS's 63 characters for the longest names.
  identifier          = "${local.name}-ro"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = var.rds_instance_class

  storage_encrypted      = true
  vpc_security_group_ids = local.vpc_security_group_ids
  publicly_accessible    = false

  auto_minor_version_upgrade   = true
  performance_insights_enabled = true

  deletion_protection = var.deletion_protection
  # A replica holds no data of its own and RDS refuses a final snapshot of it.
  skip_final_snapshot = true

  tags = local.tags
}
