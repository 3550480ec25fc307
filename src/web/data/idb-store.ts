/**
 * The device's local store in IndexedDB (through idb). Same behaviour as the memory store: both pass
 * local-store.contract.ts.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { replacedBy, type OutboxEntry } from './outbox.js';
import type { LocalStore } from './local-store.js';

interface CachedAnswer {
  readonly accountId: string;
  readonly key: string;
  readonly value: unknown;
}

interface TaperDb extends DBSchema {
  outbox: { key: number; value: OutboxEntry; indexes: { 'by-account': string } };
  cache: { key: [string, string]; value: CachedAnswer; indexes: { 'by-account': string } };
}

/** The database the app has always used; tests open others by name. */
export const DB_NAME = 'taper-companion';
const DB_VERSION = 1;

function idbStore(db: IDBPDatabase<TaperDb>): LocalStore {
  return {
    async list(accountId) {
      const entries = await db.getAllFromIndex('outbox', 'by-account', accountId);
      return entries.sort((a, b) => a.seq - b.seq);
    },
    async add(entry) {
      // One transaction: the new entry and the removal of what it replaces happen together or not at all.
      const tx = db.transaction('outbox', 'readwrite');
      const queued = await tx.store.index('by-account').getAll(entry.accountId);
      for (const seq of replacedBy(queued, entry.op)) await tx.store.delete(seq);
      // The store numbers entries itself (autoIncrement on `seq`).
      const seq = await tx.store.add(entry as OutboxEntry);
      await tx.done;
      return { ...entry, seq };
    },
    async remove(seq) {
      await db.delete('outbox', seq);
    },
    async update(seq, change) {
      const tx = db.transaction('outbox', 'readwrite');
      const entry = await tx.store.get(seq);
      if (entry) await tx.store.put({ ...entry, ...change });
      await tx.done;
    },
    async cacheGet(accountId, key) {
      return (await db.get('cache', [accountId, key]))?.value;
    },
    async cachePut(accountId, key, value) {
      await db.put('cache', { accountId, key, value });
    },
    async cacheDelete(accountId, key) {
      await db.delete('cache', [accountId, key]);
    },
    async cacheRange(accountId, [from, to]) {
      const rows = await db.getAll('cache', IDBKeyRange.bound([accountId, from], [accountId, to]));
      return rows.map((row) => row.value);
    },
    async cacheReplaceRange(accountId, [from, to], entries) {
      const tx = db.transaction('cache', 'readwrite');
      await tx.store.delete(IDBKeyRange.bound([accountId, from], [accountId, to]));
      for (const [key, value] of entries) await tx.store.put({ accountId, key, value });
      await tx.done;
    },
    async clearCache(accountId) {
      const tx = db.transaction('cache', 'readwrite');
      for (const key of await tx.store.index('by-account').getAllKeys(accountId)) await tx.store.delete(key);
      await tx.done;
    },
  };
}

/** Opens the device's database; rejects when the browser refuses IndexedDB (see create-web-data.ts). */
export async function openIdbStore(name = DB_NAME): Promise<LocalStore> {
  const db = await openDB<TaperDb>(name, DB_VERSION, {
      upgrade(database, oldVersion) {
        // Versioned like the server's migrations: each step upgrades from the one before.
        if (oldVersion < 1) {
          const outbox = database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
          outbox.createIndex('by-account', 'accountId');
          const cache = database.createObjectStore('cache', { keyPath: ['accountId', 'key'] });
          cache.createIndex('by-account', 'accountId');
        }
      },
  });
  return idbStore(db);
}
