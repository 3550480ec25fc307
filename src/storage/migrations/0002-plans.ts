import type { Kysely } from 'kysely';

/** Taper plans: every save is a new revision (nothing is overwritten); holds are appended to a revision. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    // The validated plan request as JSON; the schedule is recomputed from it by the pure core.
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_revisions_user_revision', ['user_id', 'revision'])
    .execute();

  await db.schema
    .createTable('plan_holds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('revision_id', 'text', (c) => c.notNull().references('plan_revisions.id').onDelete('cascade'))
    .addColumn('step_index', 'integer', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_holds_revision').on('plan_holds').column('revision_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_holds').execute();
  await db.schema.dropTable('plan_revisions').execute();
}
