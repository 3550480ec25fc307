import type { Kysely } from 'kysely';

/**
 * Read-only share links (issue #12 §2). Only the SHA-256 of a link's random token is kept (`token_hash`): the link
 * itself is shown once, when made. A link is live while `revoked_at` is null and `expires_at` is later than now; a
 * revoked or expired row stays, so the person still sees when it was used. Each use is a row of `share_uses`
 * (bounded: the newest MAX_SHARE_USES_KEPT per link), with the account's id so the account's deletion erases it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('use_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('shares_user').on('shares').columns(['user_id', 'created_at']).execute();
  await db.schema
    .createTable('share_uses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('share_id', 'text', (c) => c.notNull().references('shares.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('used_at', 'text', (c) => c.notNull())
    /** `page` (the read-only page) or `pdf` (its download). */
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('share_uses_share').on('share_uses').columns(['share_id', 'used_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('share_uses').execute();
  await db.schema.dropTable('shares').execute();
}
