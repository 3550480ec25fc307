/**
 * The device's own copy: the outbox of entries not yet sent, and a cache of what the server last answered,
 * so the screens open with no connection. Both are kept per account; the cache is cleared on sign-out, the
 * outbox is not (what it holds has not reached the server yet). Two implementations: IndexedDB
 * (idb-store.ts) and memory (memory-store.ts), held to one contract (local-store.contract.ts).
 */
import type { OutboxPort } from './sync.js';

/** The keys [from, to] of a range, both ends included. */
export type KeyRange = readonly [from: string, to: string];

export interface LocalStore extends OutboxPort {
  cacheGet(accountId: string, key: string): Promise<unknown>;
  cachePut(accountId: string, key: string, value: unknown): Promise<void>;
  cacheDelete(accountId: string, key: string): Promise<void>;
  /** Values whose keys lie in [from, to], in key order (keys are built so that this is date order). */
  cacheRange(accountId: string, range: KeyRange): Promise<unknown[]>;
  /** Replaces everything in [from, to] with `entries`, atomically: a fresh list from the server. */
  cacheReplaceRange(accountId: string, range: KeyRange, entries: readonly (readonly [string, unknown])[]): Promise<void>;
  clearCache(accountId: string): Promise<void>;
}
