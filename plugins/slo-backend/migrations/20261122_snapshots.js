// @ts-check

/**
 * Daily snapshots of each SLO, so the budget burn-down works for days the
 * source no longer keeps.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slo_snapshots', table => {
    table.comment('One row per SLO per day (UTC)');
    table.string('entity_ref', 255).notNullable();
    table.string('slo_id', 512).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('source', 32).notNullable();
    table.double('objective').notNullable();
    table.double('sli').nullable().comment('null: no traffic');
    table.double('error_budget_remaining').nullable();
    table.datetime('recorded_at').notNullable();
    table.primary(['entity_ref', 'slo_id', 'day']);
    table.index(['day'], 'slo_snapshots_day_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_snapshots');
};
