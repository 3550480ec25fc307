/**
 * The web app's one offline-first records service: the device's IndexedDB store, the sync loop and the
 * records the screens read and write. Wired here, once, like a composition root for the browser side.
 */
import { api } from '../api.js';
import { localIsoDateTime } from '../dates.js';
import { openLocalStore, type LocalStore } from './local-store.js';
import { createRecords } from './records.js';
import { createSyncer } from './sync.js';

/** The store opens asynchronously; every call waits for it, so nothing has to wait at start-up. */
function whenOpen(opening: Promise<LocalStore>): LocalStore {
  return {
    list: async (...a) => (await opening).list(...a),
    add: async (...a) => (await opening).add(...a),
    remove: async (...a) => (await opening).remove(...a),
    update: async (...a) => (await opening).update(...a),
    cacheGet: async (...a) => (await opening).cacheGet(...a),
    cachePut: async (...a) => (await opening).cachePut(...a),
    cacheDelete: async (...a) => (await opening).cacheDelete(...a),
    cacheRange: async (...a) => (await opening).cacheRange(...a),
    cacheReplaceRange: async (...a) => (await opening).cacheReplaceRange(...a),
    clearCache: async (...a) => (await opening).clearCache(...a),
  };
}

const store = whenOpen(openLocalStore());

/** Web Locks keep two open tabs from sending the same queue at the same time. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
  return locks ? (locks.request('taper-companion-sync', work) as Promise<T>) : work();
}

// Late-bound so the syncer and the records (which sends for it) can refer to each other.
let sendOp: Parameters<typeof createSyncer>[0]['send'] = () => Promise.reject(new Error('not ready'));

export const syncer = createSyncer({
  outbox: store,
  send: (op, seq) => sendOp(op, seq),
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (handle) => window.clearTimeout(handle as number),
  now: () => Date.now(),
  random: () => Math.random(),
  exclusive,
  announce: () => channel?.postMessage('sent'),
});

// Tabs share one outbox but only one sends at a time: the others hear about it here.
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('taper-companion-sync');
channel?.addEventListener('message', () => void syncer.noticeRemote());

export const records = createRecords({
  client: api,
  store,
  syncer,
  patienceMs: 4_000,
  wait: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
  now: () => localIsoDateTime(),
});
sendOp = records.send;

export type { Local } from './outbox.js';
export type { Written } from './records.js';
export type { SyncStatus } from './sync.js';
