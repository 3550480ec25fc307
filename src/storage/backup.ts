/**
 * Online backup and restore of the SQLite database. A backup is SQLite's backup API (better-sqlite3's
 * `backup()`): a consistent copy even while the server writes, WAL contents included. A restore only ever
 * fills an empty database, so it can never overwrite someone's records. PostgreSQL has pg_dump/pg_restore.
 */
import { closeSync, existsSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

/** A refusal the person can act on; nothing was written. */
export class BackupRefusal extends Error {
  constructor(
    readonly code: 'not_found' | 'file_exists' | 'not_a_taper_database' | 'newer_version' | 'damaged' | 'not_empty',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Tables that hold no one's records: migration bookkeeping, rate-limit counters, and the installation's secret (a server
 * started once has one; the backup's own replaces it, and the backup's login keys need exactly that one).
 */
const BOOKKEEPING = /^(sqlite_|kysely_migration|rate_limit_|installation_secrets$)/;

function open(file: string): SQLite.Database {
  const client = new SQLite(file, { fileMustExist: true });
  client.pragma('busy_timeout = 5000');
  return client;
}

/** Copies the database at `source` to `out`, which must not exist yet. */
export async function backupSqlite(source: string, out: string): Promise<{ readonly pages: number }> {
  if (!existsSync(source)) throw new BackupRefusal('not_found', `there is no database at ${source}`);
  mkdirSync(dirname(out), { recursive: true });
  try {
    // Claims the name atomically, so a backup can never overwrite a file, even one created a moment ago.
    closeSync(openSync(out, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new BackupRefusal(
        'file_exists',
        `${out} already exists: a backup never overwrites a file, choose another name`,
      );
    }
    throw error;
  }
  const client = open(source);
  try {
    const { totalPages } = await client.backup(out);
    return { pages: totalPages };
  } catch (error) {
    rmSync(out, { force: true });
    throw error;
  } finally {
    client.close();
  }
}

/** The applied migrations of a Taper database, or a refusal saying why `file` is not one we can restore. */
function checkBackup(file: string): readonly string[] {
  let client: SQLite.Database;
  try {
    client = open(file);
  } catch {
    throw new BackupRefusal('not_a_taper_database', `${file} is not a Taper Companion database`);
  }
  try {
    let applied: string[];
    try {
      applied = client
        .prepare<[], { name: string }>('select name from kysely_migration order by name')
        .all()
        .map((r) => r.name);
    } catch {
      throw new BackupRefusal('not_a_taper_database', `${file} is not a Taper Companion database`);
    }
    if (!applied.includes('0001-initial'))
      throw new BackupRefusal('not_a_taper_database', `${file} is not a Taper Companion database`);
    const unknown = applied.filter((name) => !(name in MIGRATIONS));
    if (unknown.length > 0) {
      throw new BackupRefusal(
        'newer_version',
        `${file} was made by a newer version of Taper Companion (${unknown.join(', ')}): upgrade first`,
      );
    }
    const check = client.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupRefusal('damaged', `${file} is damaged (${String(check)})`);
    return applied;
  } finally {
    client.close();
  }
}

/** The first table holding records in the database at `file`, if any. */
function firstTableWithRows(file: string): string | undefined {
  const client = open(file);
  try {
    const tables = client
      .prepare<[], { name: string }>("select name from sqlite_master where type = 'table' order by name")
      .all()
      .map((r) => r.name)
      .filter((name) => !BOOKKEEPING.test(name));
    return tables.find(
      (name) => client.prepare(`select 1 from "${name.replaceAll('"', '""')}" limit 1`).get() !== undefined,
    );
  } finally {
    client.close();
  }
}

/** Restores the backup at `from` into `target`, which must be absent or hold no records; it is migrated afterwards. */
export async function restoreSqlite(from: string, target: string): Promise<void> {
  if (!existsSync(from)) throw new BackupRefusal('not_found', `there is no backup at ${from}`);
  checkBackup(from);
  if (existsSync(target)) {
    const table = firstTableWithRows(target);
    if (table !== undefined) {
      throw new BackupRefusal(
        'not_empty',
        `${target} already holds records (${table}): restore only into an empty database; move it aside first`,
      );
    }
  } else {
    mkdirSync(dirname(target), { recursive: true });
  }
  const client = open(from);
  try {
    await client.backup(target);
  } finally {
    client.close();
  }
}
