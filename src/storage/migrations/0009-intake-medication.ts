import type { Kysely } from 'kysely';

/**
 * Which medicine each dose is: during a switch to diazepam a day has two. Earlier rows did not say; they stay null
 * and are read as the plan's own medicine (core/adherence.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('intakes').addColumn('medication_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('intakes').dropColumn('medication_id').execute();
}
