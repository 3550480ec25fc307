import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';

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
