// @ts-check

/**
 * Marks the cost lines the month-end forecast counts once instead of
 * carrying over the remaining days: one-time charges and charges whose
 * period is longer than a day (a monthly fee). Lines imported before are
 * taken as daily.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('cost_lines', table => {
    table
      .boolean('fixed')
      .notNullable()
      .defaultTo(false)
      .comment('one-time or longer than a day: not extrapolated');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('cost_lines', table => {
    table.dropColumn('fixed');
  });
};
