/**
 * The databases every storage and API integration test runs against: SQLite always, PostgreSQL when
 * TAPER_TEST_PG_URL is set. Under CI=true a missing PostgreSQL is an error, never a silent skip.
 * Each PostgreSQL test database is a fresh schema, dropped when the test is done.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type OpenDatabase, type OpenOptions } from './database.js';

type Opened = { readonly database: OpenDatabase; readonly dispose: () => Promise<void> };

export interface TestDatabaseKind {
  readonly name: 'sqlite' | 'postgres';
  /** A new, empty, migrated database, and how to throw it away. */
  open(options?: OpenOptions): Promise<Opened>;
  /** The same without migrating, for tests of a migration over an older schema. */
  openUnmigrated(options?: OpenOptions): Promise<Opened>;
}

const pgUrl = process.env['TAPER_TEST_PG_URL'];
/** The PostgreSQL server the tests use, for tests that must watch it from outside the app's pool. */
export const TEST_PG_URL: string | undefined = pgUrl;
if (process.env['CI'] === 'true' && !pgUrl) {
  throw new Error('CI=true but TAPER_TEST_PG_URL is not set: the PostgreSQL tests must run in CI.');
}

const SCHEMA_VANISHED = '3F000';

/**
 * Kysely's migrator looks for its tables across every schema; when another test file drops its own schema at that
 * moment, PostgreSQL answers "schema does not exist" (3F000) about that other schema. Only tests share one database
 * this way, so only here is the migration tried again (each migration runs in its own transaction: nothing half-done).
 */
async function migrateBesideOtherTests(database: OpenDatabase): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(database);
      return;
    } catch (error) {
      const code =
        (error as { code?: unknown; cause?: { code?: unknown } }).code ??
        (error as { cause?: { code?: unknown } }).cause?.code;
      if (code !== SCHEMA_VANISHED || attempt >= 5) throw error;
    }
  }
}

const sqliteKind: TestDatabaseKind = {
  name: 'sqlite',
  async open(options) {
    const opened = await this.openUnmigrated(options);
    await migrateToLatest(opened.database);
    return opened;
  },
  async openUnmigrated(options) {
    const database = await openDatabase({ kind: 'sqlite', file: ':memory:' }, options);
    return { database, dispose: () => database.close() };
  },
};

const postgresKind = (url: string): TestDatabaseKind => ({
  name: 'postgres',
  async open(options) {
    const opened = await this.openUnmigrated(options);
    await migrateBesideOtherTests(opened.database);
    return opened;
  },
  async openUnmigrated(options) {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const database = await openDatabase({ kind: 'postgres', url, schema }, options);
    return {
      database,
      async dispose() {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
        await database.close();
      },
    };
  },
});

export const TEST_DATABASES: readonly TestDatabaseKind[] = pgUrl ? [sqliteKind, postgresKind(pgUrl)] : [sqliteKind];
