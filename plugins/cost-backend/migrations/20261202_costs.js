// @ts-check

/**
 * Daily cost lines from billing data (FOCUS files, OpenCost) and the imports
 * that brought them. Amounts are exact: integer nano-units (10^-9 of the
 * billing currency).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cost_imports', table => {
    table.comment('One row per import of a file or an API read');
    table.string('id', 36).primary();
    table
      .string('source', 255)
      .notNullable()
      .comment('a configured source name');
    table
      .string('file_key', 512)
      .notNullable()
      .comment(
        'what identifies the data: a re-import of the same key replaces it',
      );
    table
      .string('fingerprint', 255)
      .nullable()
      .comment(
        "a file's size and time: unchanged files are not imported again",
      );
    table
      .string('status', 16)
      .notNullable()
      .comment('running | succeeded | rejected | failed');
    table.datetime('started_at').notNullable();
    table.datetime('finished_at').nullable();
    table.integer('rows_accepted').notNullable().defaultTo(0);
    table.integer('rows_rejected').notNullable().defaultTo(0);
    table.text('error').nullable();
    table.index(['source', 'file_key'], 'cost_imports_file_idx');
  });
  await knex.schema.createTable('cost_lines', table => {
    table.comment('Cost per day, entity, provider and resource');
    table.bigIncrements('id');
    table
      .string('import_id', 36)
      .notNullable()
      .references('id')
      .inTable('cost_imports')
      .onDelete('CASCADE');
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('entity_ref', 255).nullable().comment('null: unallocated');
    table.text('provider').notNullable();
    table.text('service_category').notNullable();
    table.text('service_name').nullable();
    table.text('resource_id').nullable();
    table.text('resource_name').nullable();
    table.string('currency', 3).notNullable();
    table.bigInteger('amount_nanos').notNullable();
    table.index(['entity_ref', 'day'], 'cost_lines_entity_day_idx');
    table.index(['day'], 'cost_lines_day_idx');
    table.index(['import_id'], 'cost_lines_import_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cost_lines');
  await knex.schema.dropTable('cost_imports');
};
