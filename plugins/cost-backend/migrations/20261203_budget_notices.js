// @ts-check

/**
 * The budget levels each entity's owners were notified of, per month, so a
 * threshold is announced once a month.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cost_budget_notices', table => {
    table.comment(
      'The highest budget level notified per entity and month, by spend and by forecast',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('month', 7).notNullable().comment('YYYY-MM, UTC');
    table
      .string('spent_level', 8)
      .notNullable()
      .comment('ok | warning | critical: the highest the spend reached');
    table
      .string('forecast_level', 8)
      .notNullable()
      .comment('ok | warning | critical: the highest the forecast reached');
    table.datetime('updated_at').notNullable();
    table.primary(['entity_ref', 'month']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cost_budget_notices');
};
