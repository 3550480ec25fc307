/**
 * Test helpers that read the database's own catalogue (sqlite_master / information_schema), so a table added
 * later is seen by the tests that must cover every table, without anyone remembering to list it.
 */
import { sql } from 'kysely';
import type { OpenDatabase } from './database.js';

/** Every table of the database (in its schema on PostgreSQL), with its column names. */
export async function tablesWithColumns(database: OpenDatabase): Promise<Map<string, Set<string>>> {
  const query =
    database.kind === 'sqlite'
      ? sql<{ table_name: string; column_name: string }>`select m.name as table_name, p.name as column_name
          from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table' and m.name not like 'sqlite_%'`
      : sql<{ table_name: string; column_name: string }>`select table_name, column_name from information_schema.columns
          where table_schema = current_schema()`;
  const { rows } = await query.execute(database.db);
  const tables = new Map<string, Set<string>>();
  for (const { table_name, column_name } of rows)
    tables.set(table_name, (tables.get(table_name) ?? new Set()).add(column_name));
  return tables;
}

/** Rows of `table` where `column` = `value` (all rows without a column). */
export async function countRows(
  database: OpenDatabase,
  table: string,
  column?: string,
  value?: string,
): Promise<number> {
  const where = column === undefined ? sql`` : sql` where ${sql.ref(column)} = ${value}`;
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}${where}`.execute(
    database.db,
  );
  return Number(rows[0]?.n ?? 0);
}
