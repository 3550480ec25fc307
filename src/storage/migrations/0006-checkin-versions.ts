import type { Kysely } from 'kysely';

/**
 * Edits from several devices: each check-in carries the time the person edited it; when two edits of one
 * day meet, the later edit wins and the other is kept here, never silently dropped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').addColumn('edited_at', 'text').execute();
  await db.schema
    .createTable('checkin_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    /** The superseded check-in, as JSON in its stored form. */
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checkin_versions_user_date')
    .on('checkin_versions')
    .columns(['user_id', 'date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checkin_versions').execute();
  await db.schema.alterTable('checkins').dropColumn('edited_at').execute();
}
