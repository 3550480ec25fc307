import type { Kysely } from 'kysely';

/** Which symptoms each person tracks (pins), and the symptoms they add themselves. Retiring keeps history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('symptom_pins')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('symptom_id', 'text', (c) => c.notNull())
    .addColumn('pinned', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('symptom_pins_pk', ['user_id', 'symptom_id'])
    .execute();

  await db.schema
    .createTable('own_symptoms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('symptom_group', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema.createIndex('own_symptoms_user').on('own_symptoms').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('own_symptoms').execute();
  await db.schema.dropTable('symptom_pins').execute();
}
