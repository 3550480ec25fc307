import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, type OpenDatabase } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import { createStore, type Store } from './store.js';
import { TEST_DATABASES } from './test-databases.js';

const NOW = '2026-11-25T10:00:00.000Z';
const day = (note: string) => ({
  date: '2026-11-20',
  severities: [],
  sleepMinutes: null,
  doseMicrograms: null,
  note,
  tags: [],
});

describe.each(TEST_DATABASES)('store transactions and deletions on $name', (kind) => {
  let database: OpenDatabase;
  let dispose: () => Promise<void>;
  let store: Store;
  let counter = 0;
  const ids = () => `row-${String(++counter)}`;

  beforeEach(async () => {
    ({ database, dispose } = await kind.open());
    store = createStore(database.db);
    await store.users.create({ id: 'u1', email: 'one@example.org', loginKey: 'k1', createdAt: NOW });
  });
  afterEach(() => dispose());

  it('a transaction that throws keeps nothing it wrote, repositories with their own transaction included', async () => {
    const refusal = new Error('refused after writing');
    await expect(
      store.transaction(async (tx) => {
        await tx.plans.saveRevision('u1', 'rev-1', { medicationId: 'diazepam' }, NOW);
        await tx.checkins.put('u1', ids, day('kept?'), { now: NOW, editedAt: NOW });
        expect(await tx.plans.latest('u1')).toMatchObject({ revision: 1 });
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(await store.plans.latest('u1')).toBeUndefined();
    expect(await store.checkins.get('u1', '2026-11-20')).toBeUndefined();
  });

  it('a transaction that returns keeps everything it wrote and answers its value', async () => {
    const answer = await store.transaction(async (tx) => {
      const saved = await tx.plans.saveRevision('u1', 'rev-1', { medicationId: 'diazepam' }, NOW);
      await tx.plans.addHold(saved.id, 'hold-1', { stepIndex: 1, days: 7, reason: 'r', createdAt: NOW });
      return saved.revision;
    });
    expect(answer).toBe(1);
    expect(await store.plans.holds('rev-1')).toMatchObject([{ stepIndex: 1, days: 7 }]);
  });

  it("deleting a check-in deletes its versions and only that day's", async () => {
    await store.checkins.put('u1', ids, day('first'), { now: NOW, editedAt: '2026-11-20T08:00:00.000Z' });
    await store.checkins.put('u1', ids, day('second'), { now: NOW, editedAt: '2026-11-20T09:00:00.000Z' });
    const other = { ...day('other day, first'), date: '2026-11-21' };
    await store.checkins.put('u1', ids, other, { now: NOW, editedAt: '2026-11-21T08:00:00.000Z' });
    await store.checkins.put(
      'u1',
      ids,
      { ...other, note: 'other day, second' },
      { now: NOW, editedAt: '2026-11-21T09:00:00.000Z' },
    );
    expect(await store.checkins.delete('u1', '2026-11-20')).toBe(true);
    expect(await store.checkins.versions('u1', '2026-11-20')).toEqual([]);
    expect((await store.checkins.versions('u1', '2026-11-21')).map((v) => v.record.note)).toEqual(['other day, first']);
  });

  it('migration 0011 removes versions orphaned by deletions before it, and keeps the others', async () => {
    // A database as 0010 left it (later migrations cannot be undone, so this one starts older rather than going back).
    const old = await kind.openUnmigrated();
    try {
      const migrator = new Migrator({
        db: old.database.db,
        provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
        ...(old.database.schema === undefined ? {} : { migrationTableSchema: old.database.schema }),
      });
      expect((await migrator.migrateTo('0010-event-confirmation')).error).toBeUndefined();
      await old.database.db
        .insertInto('users')
        .values({ id: 'u1', email: 'one@example.org', password_hash: 'phc', created_at: NOW })
        .execute();
      const oldStore = createStore(old.database.db);
      await oldStore.checkins.put('u1', ids, day('first'), { now: NOW, editedAt: '2026-11-20T08:00:00.000Z' });
      await oldStore.checkins.put('u1', ids, day('second'), { now: NOW, editedAt: '2026-11-20T09:00:00.000Z' });
      // What the old deletion did: the check-in goes, its version stays.
      await old.database.db
        .insertInto('checkin_versions')
        .values({
          id: 'orphan',
          user_id: 'u1',
          date: '2026-11-19',
          record: JSON.stringify(day('gone')),
          edited_at: NOW,
          superseded_at: NOW,
        })
        .execute();
      expect(await migrateToLatest(old.database)).toContain('0011-orphaned-checkin-versions');
      expect(await oldStore.checkins.versions('u1', '2026-11-19')).toEqual([]);
      expect((await oldStore.checkins.versions('u1', '2026-11-20')).map((v) => v.record.note)).toEqual(['first']);
    } finally {
      await old.dispose();
    }
  });
});
