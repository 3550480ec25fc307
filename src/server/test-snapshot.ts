/**
 * Test helper: every row of every table, read from the database's own catalogue so a table added later is included.
 * Counters of attempts (rate limits) and Kysely's bookkeeping are left out: they change by design on refusals.
 */
import { sql } from 'kysely';
import type { OpenDatabase } from '../storage/index.js';

const IGNORED = /rate_limit|^kysely_/;

export type Snapshot = Readonly<Record<string, readonly string[]>>;

async function tableNames(database: OpenDatabase): Promise<string[]> {
  const query =
    database.kind === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = ${database.schema ?? 'public'}`;
  const { rows } = await query.execute(database.db);
  return rows.map((r) => r.name).filter((name) => !IGNORED.test(name)).sort();
}

/** Rows as JSON text in a stable order, per table. */
export async function snapshot(database: OpenDatabase): Promise<Snapshot> {
  const names = await tableNames(database);
  const tables = await Promise.all(
    names.map(async (name) => {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db);
      return [name, rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort()] as const;
    }),
  );
  return Object.fromEntries(tables);
}
