/**
 * Seeds a PostgreSQL database for `npm run bench:scale`: 10,000 people, each with a year of daily check-ins and
 * two doses a day (3.65 M check-ins, 7.3 M doses). Rows are generated inside PostgreSQL with generate_series, a
 * batch of people per statement, never sent row by row.
 *
 *   npx tsx bench/seed-scale.ts [postgres://postgres@127.0.0.1:5432/taper_scale]
 *
 * The database is created when missing (never the tests' `test` database) and migrated like the server does.
 * Idempotent: ids are derived from the person and the day, a batch already complete is skipped, and a batch
 * cut short is finished (`on conflict do nothing`). Every seeded person signs in with SCALE_PASSWORD.
 */
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { hashPassword } from '../src/server/auth/passwords.js';
import { migrateToLatest, openDatabase, type Database } from '../src/storage/index.js';

export const SCALE_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/taper_scale';
export const PEOPLE = 10_000;
export const DAYS = 365;
/** The first seeded day; the last is FIRST_DAY + DAYS - 1 (2026-11-30). */
export const FIRST_DAY = '2025-12-01';
export const SCALE_PASSWORD = 'scale benchmark password';
const BATCH = 500;

/** Seeded ids look like the app's UUIDs but sort by person number, so a batch is one index range. */
export const personId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const personEmail = (n: number) => `scale-${String(n).padStart(5, '0')}@example.org`;
const idSql = (n: ReturnType<typeof sql.ref>) => sql<string>`'00000000-0000-4000-8000-' || lpad(${n}::text, 12, '0')`;

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name === 'test')
    throw new Error(`Refusing to seed database "${name}": give a database of its own.`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

async function countRows(
  db: Kysely<Database>,
  table: 'checkins' | 'intakes',
  from: number,
  to: number,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '>=', personId(from))
    .where('user_id', '<=', personId(to))
    .executeTakeFirstOrThrow();
  return row.n;
}

async function seedBatch(db: Kysely<Database>, from: number, to: number): Promise<boolean> {
  const person = sql.ref('p.n');
  const people = sql`generate_series(${from}::int, ${to}::int) as p(n) cross join generate_series(0, ${DAYS - 1}::int) as d(i)`;
  const day = sql<string>`to_char(${FIRST_DAY}::date + d.i, 'YYYY-MM-DD')`;
  // A slow taper from 2 mg, and ratings that vary by person and day; the JSON is written as the store writes it.
  const dose = sql<number>`(2000 - d.i * 4)`;
  const rating = (a: number, b: number) => sql<number>`((p.n * ${a} + d.i * ${b}) % 4)`;
  const severities = sql<string>`'{"anxiety":' || ${rating(1, 1)} || ',"insomnia":' || ${rating(3, 1)} || ',"muscle-jerks":' || ${rating(1, 5)} || ',"tremor":' || ${rating(7, 3)} || '}'`;
  let wrote = false;
  if ((await countRows(db, 'checkins', from, to)) < (to - from + 1) * DAYS) {
    await sql`
      insert into checkins (id, user_id, date, sleep_minutes, dose_micrograms, note, severities, tags, created_at, updated_at, edited_at)
      select md5('checkin/' || p.n || '/' || d.i)::uuid::text, ${idSql(person)}, ${day}, 300 + (p.n * 31 + d.i * 17) % 240, ${dose}, '',
             ${severities}, '[]', ${day} || 'T20:00:00.000Z', ${day} || 'T20:00:00.000Z', ${day} || 'T20:00:00.000Z'
      from ${people}
      on conflict do nothing`.execute(db);
    wrote = true;
  }
  if ((await countRows(db, 'intakes', from, to)) < (to - from + 1) * DAYS * 2) {
    await sql`
      insert into intakes (id, user_id, date, taken_at, dose_micrograms, medication_id, form, note, created_at)
      select md5('intake/' || p.n || '/' || d.i || '/' || s.at)::uuid::text, ${idSql(person)}, ${day}, ${day} || 'T' || s.at || ':00.000Z',
             ${dose} / 2, 'clonazepam', 'tablet', '', ${day} || 'T' || s.at || ':00.000Z'
      from ${people} cross join (values ('08:00'), ('21:00')) as s(at)
      on conflict do nothing`.execute(db);
    wrote = true;
  }
  return wrote;
}

/** Creates, migrates and fills the database; returns how long it took and whether anything was written. */
export async function seedScale(
  url: string,
  log: (line: string) => void = console.log,
): Promise<{ seconds: number; wrote: boolean }> {
  const started = performance.now();
  await ensureDatabase(url);
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await migrateToLatest(database);
    const { db } = database;
    const passwordHash = await hashPassword(SCALE_PASSWORD);
    const person = sql.ref('p.n');
    await sql`
      insert into users (id, email, password_hash, created_at)
      select ${idSql(person)}, 'scale-' || lpad(p.n::text, 5, '0') || '@example.org', ${passwordHash}, ${FIRST_DAY} || 'T00:00:00.000Z'
      from generate_series(1, ${PEOPLE}) as p(n)
      on conflict do nothing`.execute(db);
    let wrote = false;
    for (let from = 1; from <= PEOPLE; from += BATCH) {
      const to = Math.min(PEOPLE, from + BATCH - 1);
      if (await seedBatch(db, from, to)) {
        wrote = true;
        log(`  seeded people ${from}-${to} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    }
    // Fresh statistics and visibility maps, so the planner sees the real table sizes.
    if (wrote) await sql`vacuum analyze users, checkins, intakes`.execute(db);
    return { seconds: (performance.now() - started) / 1000, wrote };
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.argv[2] ?? SCALE_DATABASE_URL;
  const { seconds, wrote } = await seedScale(url);
  console.log(
    wrote
      ? `Seeded ${url} in ${seconds.toFixed(0)} s.`
      : `${url} was already seeded (checked in ${seconds.toFixed(1)} s).`,
  );
}
