/**
 * The databases every storage and API integration test runs against: SQLite always, PostgreSQL when
 * TAPER_TEST_PG_URL is set. Under CI=true a missing PostgreSQL is an error, never a silent skip.
 * Each PostgreSQL test database is a fresh schema, dropped when the test is done.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type OpenDatabase, type OpenOptions } from './database.js';

export interface TestDatabaseKind {
  readonly name: 'sqlite' | 'postgres';
  /** A new, empty, migrated database, and how to throw it away. */
  open(options?: OpenOptions): Promise<{ readonly database: OpenDatabase; readonly dispose: () => Promise<void> }>;
}

const pgUrl = process.env['TAPER_TEST_PG_URL'];
/** The PostgreSQL server the tests use, for tests that must watch it from outside the app's pool. */
export const TEST_PG_URL: string | undefined = pgUrl;
if (process.env['CI'] === 'true' && !pgUrl) {
  throw new Error('CI=true but TAPER_TEST_PG_URL is not set: the PostgreSQL tests must run in CI.');
}

const sqliteKind: TestDatabaseKind = {
  name: 'sqlite',
  async open() {
    const database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(database);
    return { database, dispose: () => database.close() };
  },
};

const postgresKind = (url: string): TestDatabaseKind => ({
  name: 'postgres',
  async open(options) {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const database = await openDatabase({ kind: 'postgres', url, schema }, options);
    await migrateToLatest(database);
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
