// What the cost benchmarks (`yarn bench:cost-*`) share: a DatabaseCostStore
// over a knex client, migrated as the plugin migrates its own database.
import knexFactory, { Knex } from 'knex';
import { DatabaseCostStore } from '../src/database/DatabaseCostStore';

/** The store over `knex`, after the plugin's migrations. */
export function migratedCostStore(knex: Knex): Promise<DatabaseCostStore> {
  return DatabaseCostStore.create({
    getClient: async () => knex,
    migrations: { skip: false },
  });
}

/** A SQLite database file (better-sqlite3) and the store over it. */
export async function sqliteCostStore(
  filename: string,
): Promise<{ knex: Knex; store: DatabaseCostStore }> {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  return { knex, store: await migratedCostStore(knex) };
}
