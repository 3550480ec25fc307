import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, type OpenDatabase } from '../database.js';
import { createStore } from '../store.js';
import { countRows, tablesWithColumns } from '../test-catalogue.js';
import { fillPersonalRows } from '../test-fill.js';
import { TEST_DATABASES } from '../test-databases.js';
import { MIGRATIONS } from './index.js';

const NOW = '2026-11-25T10:00:00.000Z';
const names = Object.keys(MIGRATIONS).sort();
const BEFORE = names[names.indexOf('0012-accounts') - 1] ?? '';

async function migrateTo(database: OpenDatabase, name: string): Promise<void> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    ...(database.schema === undefined ? {} : { migrationTableSchema: database.schema }),
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}

/** A legacy account and session (the schema before 0012), and one of everything else a person can own. */
async function fill(database: OpenDatabase, userId: string): Promise<void> {
  const store = createStore(database.db);
  await sql`insert into users (id, email, password_hash, created_at) values (${userId}, ${`${userId}@example.org`}, 'phc', ${NOW})`.execute(
    database.db,
  );
  await sql`insert into sessions (token_hash, user_id, created_at, expires_at) values (${`t-${userId}`}, ${userId}, ${NOW}, '2026-12-25T10:00:00.000Z')`.execute(
    database.db,
  );
  await fillPersonalRows(store, userId);
}

async function countAll(database: OpenDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of (await tablesWithColumns(database)).keys()) {
    if (!table.startsWith('kysely_')) counts[table] = await countRows(database, table);
  }
  return counts;
}

describe.each(TEST_DATABASES)('migration 0012-accounts over a populated database on $name', (kind) => {
  let database: OpenDatabase;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ database, dispose } = await kind.openUnmigrated());
    await migrateTo(database, BEFORE);
    await fill(database, 'u1');
    await fill(database, 'u2');
  });
  afterEach(() => dispose());

  it('loses no row of any table, keeps the legacy hashes, and lets an email have a second account', async () => {
    const before = await countAll(database);
    expect(
      Object.values(before).every((n) => n > 0),
      JSON.stringify(before),
    ).toBe(true);
    await migrateToLatest(database);
    // Tables that later migrations add start empty; this test is about the ones 0012 found.
    const after = await countAll(database);
    expect(Object.fromEntries(Object.keys(before).map((t) => [t, after[t]]))).toEqual(before);
    expect(after['installation_secrets']).toBe(0);
    const store = createStore(database.db);
    expect(await store.users.findLegacy('u1@example.org')).toMatchObject({
      id: 'u1',
      passwordHash: 'phc',
      loginKey: null,
    });
    expect(
      await store.users.create({ id: 'u3', email: 'u1@example.org', loginKey: 'k3', createdAt: NOW }),
    ).toMatchObject({ id: 'u3' });
    const [session] = await database.db.selectFrom('sessions').selectAll().where('user_id', '=', 'u1').execute();
    expect(session?.public_id).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(session?.public_id).not.toContain('t-u1');
    expect(session?.last_used_at).toBe(NOW);
  });

  it('still cascades: erasing an account after the migration removes its rows and only its rows', async () => {
    const filled = new Set((await tablesWithColumns(database)).keys());
    await migrateToLatest(database);
    await createStore(database.db).users.erase('u1', []);
    const tables = await tablesWithColumns(database);
    for (const [table, columns] of tables) {
      // Tables that later migrations add have no rows here (the deletion test fills them).
      if (!columns.has('user_id') || !filled.has(table)) continue;
      expect(await countRows(database, table, 'user_id', 'u1'), table).toBe(0);
      expect(await countRows(database, table, 'user_id', 'u2'), table).toBeGreaterThan(0);
    }
    expect(await countRows(database, 'plan_holds')).toBe(1);
    expect(await countRows(database, 'users')).toBe(1);
  });
});
