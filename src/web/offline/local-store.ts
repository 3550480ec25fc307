/**
 * The device's own copy, in IndexedDB (through idb): the outbox of entries not yet sent, and a cache of
 * what the server last answered, so the screens open with no connection. Both are kept per account; the
 * cache is cleared on sign-out, the outbox is not (what it holds has not reached the server yet).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { replacedBy, type OutboxEntry } from './outbox.js';
import type { OutboxPort } from './sync.js';
import { createMemoryStore } from './memory-store.js';

export interface LocalStore extends OutboxPort {
  cacheGet(accountId: string, key: string): Promise<unknown>;
  cachePut(accountId: string, key: string, value: unknown): Promise<void>;
  cacheDelete(accountId: string, key: string): Promise<void>;
  /** Values whose keys lie in [from, to], in key order (keys are built so that this is date order). */
  cacheRange(accountId: string, from: string, to: string): Promise<unknown[]>;
  /** Replaces everything in [from, to] with `entries`, atomically: a fresh list from the server. */
  cacheReplaceRange(
    accountId: string,
    from: string,
    to: string,
    entries: readonly (readonly [string, unknown])[],
  ): Promise<void>;
  clearCache(accountId: string): Promise<void>;
}

interface CachedAnswer {
  readonly accountId: string;
  readonly key: string;
  readonly value: unknown;
}

interface TaperDb extends DBSchema {
  outbox: { key: number; value: OutboxEntry; indexes: { 'by-account': string } };
  cache: { key: [string, string]; value: CachedAnswer; indexes: { 'by-account': string } };
}

const DB_NAME = 'taper-companion';
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
    async cacheRange(accountId, from, to) {
      const rows = await db.getAll('cache', IDBKeyRange.bound([accountId, from], [accountId, to]));
      return rows.map((row) => row.value);
    },
    async cacheReplaceRange(accountId, from, to, entries) {
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

/** Opens the device's database; falls back to memory (online-only) when the browser refuses IndexedDB. */
export async function openLocalStore(): Promise<LocalStore> {
  try {
    const db = await openDB<TaperDb>(DB_NAME, DB_VERSION, {
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
  } catch {
    return createMemoryStore();
  }
}
