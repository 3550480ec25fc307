import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCheckin } from '../core/index.js';
import { createStore, migrateToLatest, openDatabase, type OpenDatabase } from '../storage/index.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/taper.js');

async function taper(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { env: { ...process.env, DATABASE_URL: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function addCheckin(database: OpenDatabase, date: string): Promise<void> {
  const prepared = prepareCheckin(
    date,
    { symptoms: { tremor: 2 }, sleepHours: 7, doseMg: 0.5, note: `note ${date}` },
    '2026-11-25',
  );
  if (!prepared.ok) throw new Error('fixture');
  await createStore(database.db).checkins.put('u1', () => `c-${date}`, prepared.value, {
    now: '2026-11-25T08:00:00.000Z',
    editedAt: '2026-11-25T08:00:00.000Z',
  });
}

/** The check-in dates in the SQLite file at `file`, read straight from the file. */
function datesIn(file: string): string[] {
  const client = new SQLite(file, { fileMustExist: true });
  try {
    return client
      .prepare<[], { date: string }>('select date from checkins order by date')
      .all()
      .map((r) => r.date);
  } finally {
    client.close();
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('taper backup and restore (built binary, SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taper-backup-'));
  const live = join(dir, 'live.sqlite');
  const backup = join(dir, 'backups', 'backup.sqlite');
  let server: OpenDatabase;

  beforeAll(async () => {
    // The "server": it stays open and its last commit is still in the WAL when the backup runs.
    server = await openDatabase({ kind: 'sqlite', file: live });
    await migrateToLatest(server);
    await createStore(server.db).users.create({
      id: 'u1',
      email: 'you@example.org',
      loginKey: 'x',
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    await addCheckin(server, '2026-11-20');
    await addCheckin(server, '2026-11-21');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the database while it is open and being written, last commit included', async () => {
    expect(existsSync(`${live}-wal`)).toBe(true);
    const result = await taper(['backup', '--out', backup], { TAPER_DB: live });
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Backed up .*live\.sqlite to .*backup\.sqlite/) as string,
    });
    expect(datesIn(backup)).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('never overwrites an existing file', async () => {
    const before = sha256(backup);
    await addCheckin(server, '2026-11-22');
    const again = await taper(['backup', '--out', backup], { TAPER_DB: live });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/backup\.sqlite already exists: a backup never overwrites a file/);
    expect(sha256(backup)).toBe(before);
    const json = await taper(['backup', '--out', backup, '--json'], { TAPER_DB: live });
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'file_exists' } });
  });

  it('restores into a database that does not exist yet, and migrates it', async () => {
    const fresh = join(dir, 'new', 'taper.sqlite');
    const result = await taper(['restore', '--from', backup], { TAPER_DB: fresh });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Restored .*backup\.sqlite into .*taper\.sqlite: 1 account\.\n$/);
    expect(datesIn(fresh)).toEqual(['2026-11-20', '2026-11-21']);
    const restored = await openDatabase({ kind: 'sqlite', file: fresh });
    try {
      expect(await migrateToLatest(restored)).toEqual([]);
      expect((await createStore(restored.db).users.findById('u1'))?.email).toBe('you@example.org');
    } finally {
      await restored.close();
    }
  });

  it('restores into an empty, migrated database (a server started once)', async () => {
    const empty = join(dir, 'empty.sqlite');
    const database = await openDatabase({ kind: 'sqlite', file: empty });
    await migrateToLatest(database);
    await database.close();
    expect((await taper(['restore', '--from', backup], { TAPER_DB: empty })).code).toBe(0);
    expect(datesIn(empty)).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('refuses to restore over a database that holds records, and leaves it as it was', async () => {
    const result = await taper(['restore', '--from', backup], { TAPER_DB: live });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/live\.sqlite already holds records \(\w+\): restore only into an empty database/);
    expect(datesIn(live)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('refuses a file that is not a Taper database, and creates nothing', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some words '.repeat(200));
    const other = join(dir, 'other.sqlite');
    const client = new SQLite(other);
    client.exec('create table recipes (name text)');
    client.close();
    for (const from of [text, other]) {
      const target = join(dir, 'never.sqlite');
      const result = await taper(['restore', '--from', from, '--json'], { TAPER_DB: target });
      expect(result.code, from).toBe(1);
      expect(JSON.parse(result.stdout), from).toMatchObject({
        error: {
          code: 'not_a_taper_database',
          message: expect.stringContaining('is not a Taper Companion database') as string,
        },
      });
      expect(existsSync(target), from).toBe(false);
    }
    const missing = await taper(['restore', '--from', join(dir, 'nope.sqlite')], {
      TAPER_DB: join(dir, 'never.sqlite'),
    });
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/there is no backup at/)]);
  });

  it('points to pg_dump and pg_restore on PostgreSQL, and needs --out / --from', async () => {
    const pg = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const dump = await taper(['backup', '--out', join(dir, 'pg.sqlite')], pg);
    expect([dump.code, dump.stderr]).toEqual([1, expect.stringMatching(/PostgreSQL: use pg_dump/)]);
    const load = await taper(['restore', '--from', backup], pg);
    expect([load.code, load.stderr]).toEqual([1, expect.stringMatching(/PostgreSQL: use pg_restore/)]);
    expect((await taper(['backup'], { TAPER_DB: live })).code).toBe(2);
    expect((await taper(['restore'], { TAPER_DB: live })).code).toBe(2);
  });
});
