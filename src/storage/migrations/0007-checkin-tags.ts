import { sql, type Kysely } from 'kysely';

/** Tags on a check-in (stress, caffeine …) as a JSON array; existing rows get none. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('checkins')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('tags').execute();
}
