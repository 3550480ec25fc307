/**
 * Test helper: every row of every table, read from the database's own catalogue so a table added later is included.
 * Counters of attempts (rate limits) and Kysely's bookkeeping are left out: they change by design on refusals.
 */
import { sql } from 'kysely';
import type { OpenDatabase } from '../storage/index.js';

const IGNORED = /rate_limit|^kysely_/;

export type Snapshot = Readonly<Record<string, readonly string[]>>;

/** Read once per database: a test does not add tables while it runs. */
const namesOf = new WeakMap<OpenDatabase, Promise<string[]>>();

async function readTableNames(database: OpenDatabase): Promise<string[]> {
  const query =
    database.kind === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = ${database.schema ?? 'public'}`;
  const { rows } = await query.execute(database.db);
  return rows
    .map((r) => r.name)
    .filter((name) => !IGNORED.test(name))
    .sort();
}

function tableNames(database: OpenDatabase): Promise<string[]> {
  let names = namesOf.get(database);
  if (!names) {
    names = readTableNames(database);
    namesOf.set(database, names);
  }
  return names;
}

/** Rows as JSON text in a stable order, per table (on PostgreSQL in one round trip). */
export async function snapshot(database: OpenDatabase): Promise<Snapshot> {
  const names = await tableNames(database);
  const result: Record<string, string[]> = Object.fromEntries(names.map((name) => [name, []]));
  if (database.kind === 'postgres') {
    const parts = names.map(
      (name) => sql`select ${name} as t, cast(row_to_json(x) as text) as r from ${sql.table(name)} x`,
    );
    const { rows } = await sql<{ t: string; r: string }>`${sql.join(parts, sql` union all `)}`.execute(database.db);
    for (const row of rows) result[row.t]?.push(row.r);
  } else {
    for (const name of names) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db);
      result[name] = rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))));
    }
  }
  for (const rows of Object.values(result)) rows.sort();
  return result;
}
