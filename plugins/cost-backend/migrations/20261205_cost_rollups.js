// @ts-check

/**
 * Sums of the cost lines kept per import, so the organisation's overview
 * over months reads a few thousand rows instead of every line: per day and
 * provider, and per month and entity. They are written and replaced with
 * their import's lines, in the same transaction.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cost_daily_sums', table => {
    table.comment(
      'The lines of each import summed by day, provider and currency',
    );
    table
      .string('import_id', 36)
      .notNullable()
      .references('id')
      .inTable('cost_imports')
      .onDelete('CASCADE');
    table.string('day', 10).notNullable();
    table.text('provider').notNullable();
    table.string('currency', 3).notNullable();
    table.bigInteger('amount_nanos').notNullable();
    table.index(['day'], 'cost_daily_sums_day_idx');
    table.index(['import_id'], 'cost_daily_sums_import_idx');
  });
  await knex.schema.createTable('cost_monthly_entity_sums', table => {
    table.comment(
      'The lines of each import summed by month, entity and currency',
    );
    table
      .string('import_id', 36)
      .notNullable()
      .references('id')
      .inTable('cost_imports')
      .onDelete('CASCADE');
    table.string('month', 7).notNullable().comment('YYYY-MM');
    table.string('entity_ref', 255).nullable().comment('null: unallocated');
    table.string('currency', 3).notNullable();
    table.bigInteger('amount_nanos').notNullable();
    table.bigInteger('fixed_nanos').notNullable();
    table.index(['month'], 'cost_monthly_entity_sums_month_idx');
    table.index(['import_id'], 'cost_monthly_entity_sums_import_idx');
  });
  await knex.raw(
    `INSERT INTO cost_daily_sums (import_id, day, provider, currency, amount_nanos)
     SELECT import_id, day, provider, currency, SUM(amount_nanos)
     FROM cost_lines GROUP BY import_id, day, provider, currency`,
  );
  await knex.raw(
    `INSERT INTO cost_monthly_entity_sums
       (import_id, month, entity_ref, currency, amount_nanos, fixed_nanos)
     SELECT import_id, substr(day, 1, 7), entity_ref, currency, SUM(amount_nanos),
       SUM(CASE WHEN fixed THEN amount_nanos ELSE 0 END)
     FROM cost_lines GROUP BY import_id, substr(day, 1, 7), entity_ref, currency`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cost_monthly_entity_sums');
  await knex.schema.dropTable('cost_daily_sums');
};
