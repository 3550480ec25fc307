/**
 * The local store kept in memory: used when the browser refuses IndexedDB (some private modes), so the app
 * still works online, and by the tests. Same behaviour as the IndexedDB store (local-store.contract.ts).
 */
import { replacedBy, type OutboxEntry } from './outbox.js';
import type { LocalStore } from './local-store.js';

export function createMemoryStore(): LocalStore {
  let seq = 0;
  const outbox = new Map<number, OutboxEntry>();
  const cache = new Map<string, unknown>();
  const cacheKey = (accountId: string, key: string) => `${accountId}\u0000${key}`;
  const ofAccount = (accountId: string) =>
    [...outbox.values()].filter((e) => e.accountId === accountId).sort((a, b) => a.seq - b.seq);

  return {
    list: (accountId) => Promise.resolve(ofAccount(accountId).map((e) => structuredClone(e))),
    add(entry) {
      for (const old of replacedBy(ofAccount(entry.accountId), entry.op)) outbox.delete(old);
      seq += 1;
      const stored: OutboxEntry = { ...structuredClone(entry), seq };
      outbox.set(seq, stored);
      return Promise.resolve(structuredClone(stored));
    },
    remove(id) {
      outbox.delete(id);
      return Promise.resolve();
    },
    update(id, change) {
      const entry = outbox.get(id);
      if (entry) outbox.set(id, { ...entry, ...structuredClone(change) });
      return Promise.resolve();
    },
    cacheGet: (accountId, key) => Promise.resolve(structuredClone(cache.get(cacheKey(accountId, key)))),
    cachePut(accountId, key, value) {
      cache.set(cacheKey(accountId, key), structuredClone(value));
      return Promise.resolve();
    },
    cacheDelete(accountId, key) {
      cache.delete(cacheKey(accountId, key));
      return Promise.resolve();
    },
    cacheRange(accountId, [from, to]) {
      const keys = [...cache.keys()]
        .filter((k) => k >= cacheKey(accountId, from) && k <= cacheKey(accountId, to))
        .sort();
      return Promise.resolve(keys.map((k) => structuredClone(cache.get(k))));
    },
    cacheReplaceRange(accountId, [from, to], entries) {
      for (const k of [...cache.keys()])
        if (k >= cacheKey(accountId, from) && k <= cacheKey(accountId, to)) cache.delete(k);
      for (const [key, value] of entries) cache.set(cacheKey(accountId, key), structuredClone(value));
      return Promise.resolve();
    },
    clearCache(accountId) {
      for (const key of [...cache.keys()]) if (key.startsWith(`${accountId}\u0000`)) cache.delete(key);
      return Promise.resolve();
    },
  };
}
