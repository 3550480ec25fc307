import { sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * Accounts that do not reveal themselves (docs/adr/0009): an email may have several accounts, each found by its
 * unique login key; new accounts keep no PHC hash. Sessions gain a public id, when they were last used and a short
 * device label. The per-installation secret that salts login keys lives in `installation_secrets`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuildSqliteUsers(db);
  else await alterPostgresUsers(db);
  await db.schema.createIndex('users_email').on('users').column('email').execute();

  await db.schema.alterTable('sessions').addColumn('public_id', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_used_at', 'text').execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('device', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  // Live sessions from before get a random public id from the database itself (never derived from the token).
  const random =
    db.getExecutor().adapter instanceof SqliteAdapter ? sql`lower(hex(randomblob(16)))` : sql`gen_random_uuid()::text`;
  await sql`update sessions set public_id = ${random}, last_used_at = created_at`.execute(db);
  await db.schema.createIndex('sessions_public_id').unique().on('sessions').column('public_id').execute();

  await db.schema
    .createTable('installation_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

/**
 * SQLite cannot drop an inline UNIQUE, so the table is rebuilt (SQLite's own 12-step recipe). With foreign keys on,
 * DROP TABLE users would cascade-delete every child row, and renaming users rewrites the children's references
 * even under legacy_alter_table. So foreign keys are off for the rebuild (Kysely runs SQLite migrations outside a
 * transaction, where the pragma takes effect), the new table takes the old name, and the references, which still
 * say `users`, point at it. foreign_key_check proves nothing dangles before the rebuild commits.
 */
async function rebuildSqliteUsers(db: Kysely<unknown>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql`pragma legacy_alter_table = on`.execute(trx);
      await trx.schema
        .createTable('users_new')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('login_key', 'text', (c) => c.unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into users_new (id, email, password_hash, created_at) select id, email, password_hash, created_at from users`.execute(
        trx,
      );
      await sql`drop table users`.execute(trx);
      await sql`alter table users_new rename to users`.execute(trx);
      await sql`pragma legacy_alter_table = off`.execute(trx);
      const dangling = await sql`pragma foreign_key_check`.execute(trx);
      if (dangling.rows.length > 0)
        throw new Error(`0012-accounts: ${dangling.rows.length} rows would lose their account`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function alterPostgresUsers(db: Kysely<unknown>): Promise<void> {
  // The only unique constraint on users is the email's (named by PostgreSQL, so looked up rather than guessed).
  const { rows } = await sql<{
    conname: string;
  }>`select conname from pg_constraint where conrelid = 'users'::regclass and contype = 'u'`.execute(db);
  for (const { conname } of rows) await sql`alter table users drop constraint ${sql.id(conname)}`.execute(db);
  await sql`alter table users alter column password_hash drop not null`.execute(db);
  await db.schema
    .alterTable('users')
    .addColumn('login_key', 'text', (c) => c.unique())
    .execute();
}

export async function down(): Promise<void> {
  // Emails may no longer be unique once two accounts share one, so there is no safe way back.
  throw new Error('0012-accounts cannot be undone');
}
