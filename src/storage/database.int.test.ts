import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, PG_POOL_SETTINGS } from './database.js';
import { TEST_DATABASES, TEST_PG_URL } from './test-databases.js';

describe.each(TEST_DATABASES)('opening and closing $name', (kind) => {
  it('refuses queries once closed', async () => {
    const { database, dispose } = await kind.open();
    await expect(sql`select 1 as one`.execute(database.db)).resolves.toMatchObject({ rows: [{ one: 1 }] });
    await dispose();
    await expect(sql`select 1 as one`.execute(database.db)).rejects.toThrow();
  });
});

describe.each(TEST_DATABASES.filter((k) => k.name === 'postgres'))('the PostgreSQL pool', (kind) => {
  let observer: pg.Client;
  beforeEach(async () => {
    observer = new pg.Client({ connectionString: TEST_PG_URL });
    await observer.connect();
  });
  afterEach(() => observer.end());

  const isConnected = async (pid: number) =>
    (await observer.query('select 1 from pg_stat_activity where pid = $1', [pid])).rowCount === 1;

  it('has bounded waits and lifetimes', () => {
    expect(PG_POOL_SETTINGS.connectionTimeoutMillis).toBeGreaterThan(0);
    expect(PG_POOL_SETTINGS.maxLifetimeSeconds).toBeGreaterThan(0);
  });

  it('ends its connections on close', async () => {
    const { database, dispose } = await kind.open();
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
    const pid = rows[0]?.pid ?? -1;
    expect(await isConnected(pid)).toBe(true);
    await dispose();
    // The server notices the closed socket a moment after the client ends it.
    await expect.poll(() => isConnected(pid), { timeout: 2_000 }).toBe(false);
  });

  // Its counts are written on every request: unlogged, that write waits for no WAL flush (database.ts).
  it('keeps flood-control counts in unlogged tables, also switching a logged one made earlier', async () => {
    const { database, dispose } = await kind.open();
    try {
      const persistence = async (table: string) =>
        (
          await sql<{ p: string }>`select relpersistence as p from pg_class where oid = to_regclass(${table})`.execute(
            database.db,
          )
        ).rows[0]?.p;
      await sql`create table rate_limit_earlier (key varchar(255) primary key, points integer not null default 0, expire bigint)`.execute(
        database.db,
      );
      expect(await persistence('rate_limit_earlier')).toBe('p');
      const earlier = await database.createLimiter({ name: 'earlier', points: 2, durationSeconds: 60 });
      const fresh = await database.createLimiter({ name: 'fresh', points: 2, durationSeconds: 60 });
      await earlier.consume('k');
      await expect(fresh.consume('k')).resolves.toMatchObject({ remainingPoints: 1 });
      expect(await persistence('rate_limit_earlier')).toBe('u');
      expect(await persistence('rate_limit_fresh')).toBe('u');
    } finally {
      await dispose();
    }
  });

  it('reports a lost idle connection to its listener, and goes on with a new one', async () => {
    const lost: Error[] = [];
    const { database, dispose } = await kind.open({ onConnectionError: (error) => lost.push(error) });
    try {
      const first = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      const pid = first.rows[0]?.pid ?? -1;
      await observer.query('select pg_terminate_backend($1)', [pid]);
      await expect.poll(() => lost.length, { timeout: 2_000 }).toBe(1);
      expect(lost[0]?.message).toMatch(/terminat/i);
      const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
      expect(again.rows[0]?.pid).not.toBe(pid);
    } finally {
      await dispose();
    }
  });
});

const dir = mkdtempSync(join(tmpdir(), 'taper-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function synchronousOf(file: string): Promise<number | undefined> {
  const database = await openDatabase({ kind: 'sqlite', file });
  try {
    const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
    return rows[0]?.synchronous;
  } finally {
    await database.close();
  }
}

describe('SQLite durability', () => {
  // Finding: synchronous was not set, so it was FULL on a fresh file and NORMAL (may lose commits) after a restart.
  it('runs with synchronous = FULL on a fresh file and again after a restart', async () => {
    const file = join(dir, 'taper.sqlite');
    const FULL = 2;
    expect(await synchronousOf(file)).toBe(FULL);
    expect(await synchronousOf(file)).toBe(FULL);
  });
});
