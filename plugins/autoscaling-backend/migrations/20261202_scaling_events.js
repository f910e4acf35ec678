// @ts-check

/**
 * Every replica change the recorder sees, so an entity's scaling history
 * outlives Kubernetes' one-hour event retention, and how far each
 * workload's replica series has been read.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('autoscaling_events', table => {
    table.comment('One row per replica change of a workload');
    table.string('entity_ref', 255).notNullable();
    table
      .string('workload_key', 512)
      .notNullable()
      .comment('cluster/namespace/workload; empty parts for a policy');
    table.string('workload', 253).notNullable();
    table.string('cluster', 255).nullable();
    table.string('namespace', 253).nullable();
    table.bigInteger('time_ms').notNullable().comment('ms since epoch');
    table.integer('from_replicas').nullable();
    table.integer('to_replicas').notNullable();
    table.text('reason').notNullable();
    table.string('source', 32).notNullable();
    table.boolean('at_max').notNullable();
    table.primary(['entity_ref', 'workload_key', 'time_ms', 'to_replicas']);
    table.index(['entity_ref', 'time_ms'], 'autoscaling_events_entity_idx');
  });
  await knex.schema.createTable('autoscaling_cursors', table => {
    table.comment('How far the recorder has read each workload');
    table.string('entity_ref', 255).notNullable();
    table.string('workload_key', 512).notNullable();
    table.bigInteger('read_until_ms').notNullable();
    table.primary(['entity_ref', 'workload_key']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('autoscaling_cursors');
  await knex.schema.dropTable('autoscaling_events');
};
