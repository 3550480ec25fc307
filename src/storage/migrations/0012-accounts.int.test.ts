import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, type OpenDatabase } from '../database.js';
import { createStore } from '../store.js';
import { countRows, tablesWithColumns } from '../test-catalogue.js';
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

/** One of everything a person can own, written through the repositories that did not change in 0012. */
async function fill(database: OpenDatabase, userId: string): Promise<void> {
  const store = createStore(database.db);
  await sql`insert into users (id, email, password_hash, created_at) values (${userId}, ${`${userId}@example.org`}, 'phc', ${NOW})`.execute(database.db);
  await sql`insert into sessions (token_hash, user_id, created_at, expires_at) values (${`t-${userId}`}, ${userId}, ${NOW}, '2026-12-25T10:00:00.000Z')`.execute(
    database.db,
  );
  const day = { date: '2026-11-24', severities: [{ symptomId: 'tremor', severity: 2 as const }], sleepMinutes: 400, doseMicrograms: 1000, note: 'n', tags: [] };
  let n = 0;
  const ids = () => `${userId}-row-${++n}`;
  await store.checkins.put(userId, ids, day, { now: NOW, editedAt: NOW });
  await store.checkins.put(userId, ids, { ...day, note: 'edited' }, { now: NOW, editedAt: '2026-11-25T11:00:00.000Z' });
  await store.events.create(userId, { id: `${userId}-ev`, kind: 'seizure', occurredAt: NOW, occurredOn: '2026-11-25', note: '', createdAt: NOW });
  const revision = await store.plans.saveRevision(userId, `${userId}-rev`, { any: 'input' }, NOW);
  await store.plans.addHold(revision.id, `${userId}-hold`, { stepIndex: 1, days: 7, reason: 'r', createdAt: NOW });
  await store.assessments.create(userId, { id: `${userId}-as`, instrument: 'ciwa-b', date: '2026-11-25', answers: [1], unscored: {}, score: 1, band: null, createdAt: NOW });
  await store.symptoms.setPin(userId, 'tremor', true, NOW);
  await store.symptoms.addOwn(userId, { id: `${userId}-own`, name: 'jaw ache', group: 'physical', createdAt: NOW, retiredAt: null });
  await store.intakes.create(userId, { id: `${userId}-dose`, date: '2026-11-25', takenAt: NOW, medicationId: null, doseMicrograms: 500, form: null, note: '' }, NOW);
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
    expect(Object.values(before).every((n) => n > 0), JSON.stringify(before)).toBe(true);
    await migrateToLatest(database);
    const after = await countAll(database);
    expect(after).toEqual({ ...before, installation_secrets: 0 });
    const store = createStore(database.db);
    expect(await store.users.findLegacy('u1@example.org')).toMatchObject({ id: 'u1', passwordHash: 'phc', loginKey: null });
    expect(await store.users.create({ id: 'u3', email: 'u1@example.org', loginKey: 'k3', createdAt: NOW })).toMatchObject({ id: 'u3' });
    const [session] = await database.db.selectFrom('sessions').selectAll().where('user_id', '=', 'u1').execute();
    expect(session?.public_id).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(session?.public_id).not.toContain('t-u1');
    expect(session?.last_used_at).toBe(NOW);
  });

  it('still cascades: erasing an account after the migration removes its rows and only its rows', async () => {
    await migrateToLatest(database);
    await createStore(database.db).users.erase('u1', { tables: [], keys: [], prefixes: [] });
    const tables = await tablesWithColumns(database);
    for (const [table, columns] of tables) {
      if (!columns.has('user_id')) continue;
      expect(await countRows(database, table, 'user_id', 'u1'), table).toBe(0);
      expect(await countRows(database, table, 'user_id', 'u2'), table).toBeGreaterThan(0);
    }
    expect(await countRows(database, 'plan_holds')).toBe(1);
    expect(await countRows(database, 'users')).toBe(1);
  });
});
