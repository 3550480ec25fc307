import type { Kysely } from 'kysely';

/** How each dose was taken (tablet, liquid, water mixture, drops); earlier rows did not say, so they stay null. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('intakes').addColumn('form', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('intakes').dropColumn('form').execute();
}
