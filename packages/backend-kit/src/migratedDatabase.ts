import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/**
 * The plugin's database client, migrated to the latest of the package's
 * `migrations/` unless the database service says to skip migrations.
 */
export async function migratedDatabase(
  database: DatabaseService,
  packageName: string,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({
      directory: resolvePackagePath(packageName, 'migrations'),
    });
  }
  return client;
}
