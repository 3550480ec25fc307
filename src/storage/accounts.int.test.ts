import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from './database.js';
import { createStore, type Store } from './store.js';
import { TEST_DATABASES } from './test-databases.js';

const NOW = '2026-11-25T10:00:00.000Z';
const LATER = '2026-11-25T11:00:00.000Z';
const live = (now: string, idleSince = '2026-11-25T00:00:00.000Z') => ({ now, idleSince });
const session = (tokenHash: string, userId: string, publicId: string) => ({
  tokenHash,
  userId,
  publicId,
  createdAt: NOW,
  expiresAt: LATER,
  device: 'Firefox on Linux',
});

describe.each(TEST_DATABASES)('account store on $name', (kind) => {
  let database: OpenDatabase;
  let dispose: () => Promise<void>;
  let store: Store;
  beforeEach(async () => {
    ({ database, dispose } = await kind.open());
    store = createStore(database.db);
    await store.users.create({ id: 'u1', email: 'one@example.org', loginKey: 'k1', createdAt: NOW });
  });
  afterEach(() => dispose());

  it('lets an email have several accounts, each found by its own login key', async () => {
    expect(
      await store.users.create({ id: 'u2', email: 'one@example.org', loginKey: 'k2', createdAt: NOW }),
    ).toMatchObject({ id: 'u2' });
    expect(await store.users.findByLoginKey('k2')).toEqual({
      id: 'u2',
      email: 'one@example.org',
      passwordHash: null,
      loginKey: 'k2',
      createdAt: NOW,
    });
    expect(await store.users.findByLoginKey('nope')).toBeUndefined();
    expect((await store.users.listByEmail('one@example.org', 5)).map((u) => u.id)).toEqual(['u1', 'u2']);
  });

  it('keeps login keys unique, on creation and on change, changing nothing when refused', async () => {
    expect(await store.users.create({ id: 'u2', email: 'one@example.org', loginKey: 'k1', createdAt: NOW })).toBe(
      'key_taken',
    );
    expect(await store.users.findById('u2')).toBeUndefined();
    await store.users.create({ id: 'u3', email: 'one@example.org', loginKey: 'k3', createdAt: NOW });
    expect(await store.users.setLoginKey('u3', 'k1')).toBe('key_taken');
    expect(await store.users.findById('u3')).toMatchObject({ loginKey: 'k3' });
  });

  it('finds a legacy account by email until it has a login key, then drops its PHC hash', async () => {
    await database.db
      .insertInto('users')
      .values({ id: 'old', email: 'old@example.org', password_hash: 'phc', login_key: null, created_at: NOW })
      .execute();
    expect(await store.users.findLegacy('old@example.org')).toMatchObject({ id: 'old', passwordHash: 'phc' });
    expect(await store.users.setLoginKey('old', 'k-old')).toBe('ok');
    expect(await store.users.findLegacy('old@example.org')).toBeUndefined();
    expect(await store.users.findById('old')).toMatchObject({ passwordHash: null, loginKey: 'k-old' });
  });

  it('keeps a session until it expires or idles, and lists only the person’s own', async () => {
    await store.users.create({ id: 'u2', email: 'two@example.org', loginKey: 'k2', createdAt: NOW });
    await store.sessions.create(session('a', 'u1', 'pa'));
    await store.sessions.create(session('b', 'u1', 'pb'));
    await store.sessions.create(session('c', 'u2', 'pc'));
    expect(await store.sessions.find('a', live(NOW))).toEqual({ userId: 'u1', publicId: 'pa', lastUsedAt: NOW });
    expect(await store.sessions.find('a', live(LATER))).toBeUndefined();
    expect(await store.sessions.find('a', live(NOW, NOW))).toBeUndefined();
    await store.sessions.touch('b', '2026-11-25T10:30:00.000Z');
    expect((await store.sessions.list('u1', live(NOW))).map((s) => s.publicId)).toEqual(['pb', 'pa']);
    expect(await store.sessions.list('u1', live(NOW))).toContainEqual({
      publicId: 'pa',
      device: 'Firefox on Linux',
      createdAt: NOW,
      lastUsedAt: NOW,
    });
  });

  it('ends only the person’s own session by public id, or all of theirs but one', async () => {
    await store.users.create({ id: 'u2', email: 'two@example.org', loginKey: 'k2', createdAt: NOW });
    await store.sessions.create(session('a', 'u1', 'pa'));
    await store.sessions.create(session('b', 'u1', 'pb'));
    await store.sessions.create(session('c', 'u2', 'pc'));
    expect(await store.sessions.deleteOwn('u1', 'pc')).toBe(false);
    expect(await store.sessions.find('c', live(NOW))).toBeDefined();
    expect(await store.sessions.deleteOwn('u1', 'pb')).toBe(true);
    await store.sessions.create(session('d', 'u1', 'pd'));
    expect(await store.sessions.deleteAllOf('u1', 'a')).toBe(1);
    expect((await store.sessions.list('u1', live(NOW))).map((s) => s.publicId)).toEqual(['pa']);
    expect(await store.sessions.deleteAllOf('u1')).toBe(1);
    expect(await store.sessions.list('u2', live(NOW))).toHaveLength(1);
  });

  it('purges expired and idle sessions, everyone’s or one person’s (finding: they were never purged)', async () => {
    await store.users.create({ id: 'u2', email: 'two@example.org', loginKey: 'k2', createdAt: NOW });
    await store.sessions.create(session('a', 'u1', 'pa'));
    await store.sessions.create({ ...session('b', 'u1', 'pb'), expiresAt: '2026-12-25T10:00:00.000Z' });
    await store.sessions.create({ ...session('c', 'u2', 'pc'), expiresAt: '2026-12-25T10:00:00.000Z' });
    await store.sessions.touch('c', '2026-11-25T10:50:00.000Z');
    const clock = live('2026-11-25T12:00:00.000Z', '2026-11-25T10:30:00.000Z');
    expect(await store.sessions.deleteExpiredOf('u2', clock)).toBe(0);
    expect(await store.sessions.deleteExpiredOf('u1', clock)).toBe(2);
    await store.sessions.create({ ...session('d', 'u1', 'pd'), expiresAt: '2026-12-25T10:00:00.000Z' });
    expect(await store.sessions.deleteExpired(clock)).toBe(1);
    expect(await database.db.selectFrom('sessions').select('token_hash').execute()).toEqual([{ token_hash: 'c' }]);
  });

  it('keeps only a person’s newest sessions when asked, never touching anyone else’s', async () => {
    await store.users.create({ id: 'u2', email: 'two@example.org', loginKey: 'k2', createdAt: NOW });
    for (const [i, at] of ['10:01', '10:03', '10:02'].entries()) {
      await store.sessions.create({ ...session(`t${i}`, 'u1', `p${i}`), createdAt: `2026-11-25T${at}:00.000Z` });
    }
    await store.sessions.create(session('other', 'u2', 'po'));
    expect(await store.sessions.keepNewest('u1', 2)).toBe(1);
    expect(
      (await database.db.selectFrom('sessions').select('public_id').orderBy('public_id').execute()).map(
        (r) => r.public_id,
      ),
    ).toEqual(['p1', 'p2', 'po']);
  });

  it('keeps the first installation secret it is given', async () => {
    expect(await store.installation.secret('login_key_salt', 'first')).toBe('first');
    expect(await store.installation.secret('login_key_salt', 'second')).toBe('first');
    expect(await store.installation.secret('other', 'x')).toBe('x');
  });
});
