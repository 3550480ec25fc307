import type { Kysely } from 'kysely';

/**
 * A red-flag event pauses the plan until the person confirms it is safe to go on (`confirmed_at`). The pause starts
 * on the person's own calendar day of the event (`occurred_on`, the date the device wrote); earlier rows did not
 * keep it, so they stay null and count from their UTC day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('events').addColumn('confirmed_at', 'text').execute();
  await db.schema.alterTable('events').addColumn('occurred_on', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('occurred_on').execute();
  await db.schema.alterTable('events').dropColumn('confirmed_at').execute();
}
