/**
 * The browser side's composition root: from the ports the outside world offers (fetch, the device's store,
 * a clock, randomness, timers, a cross-tab lock and channel) it builds, once, the HTTP client, the sync loop
 * and the one records port the screens read and write through. Built in this order so nothing is bound late:
 * client → sender → syncer → records. main.tsx calls it with the browser's ports; tests call it with fakes.
 */
import { localIsoDateTime } from '../dates.js';
import { createClient } from './http-client.js';
import type { LocalStore } from './local-store.js';
import { createMemoryStore } from './memory-store.js';
import { createRecords } from './records.js';
import { createSender } from './sender.js';
import { createSyncer } from './sync.js';

export interface WebPorts {
  readonly fetch: typeof fetch;
  /** The device's store (IndexedDB in the browser); when it cannot open, a memory store keeps the app working online. */
  readonly openStore: () => Promise<LocalStore>;
  readonly clock: () => Date;
  readonly random: () => number;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  /** Keeps two open tabs from sending the same queue at once. */
  readonly exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Tells other tabs that entries were sent, and hears when they did. */
  readonly channel?: { readonly post: () => void; readonly listen: (heard: () => void) => void };
  /** How long a save waits for the server before saying "saved on this device" (4 s unless a test says). */
  readonly patienceMs?: number;
}

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

export function createWebData(ports: WebPorts) {
  // Told of every answer that says no session stands behind a request; the session room listens.
  const sessionEndedListeners = new Set<() => void>();
  const client = createClient({
    baseUrl: '',
    fetch: ports.fetch,
    onUnauthenticated: () => {
      for (const listener of sessionEndedListeners) listener();
    },
  });
  const store = whenOpen(ports.openStore().catch(() => createMemoryStore()));
  const syncer = createSyncer({
    outbox: store,
    send: createSender(client, store),
    setTimer: ports.setTimer,
    clearTimer: ports.clearTimer,
    now: () => ports.clock().getTime(),
    random: ports.random,
    ...(ports.exclusive ? { exclusive: ports.exclusive } : {}),
    ...(ports.channel ? { announce: ports.channel.post } : {}),
  });
  // Tabs share one outbox but only one sends at a time: the others hear about it here.
  ports.channel?.listen(() => void syncer.noticeRemote());
  const records = createRecords({
    client,
    store,
    syncer,
    patienceMs: ports.patienceMs ?? 4_000,
    wait: (ms) => new Promise((resolve) => ports.setTimer(resolve, ms)),
    now: () => localIsoDateTime(ports.clock()),
  });
  return {
    records,
    /** The one clock of the browser side (the test clock in tests): screens read today and now from it. */
    clock: ports.clock,
    /** The calls only the session room makes: signing in and out, and the account's own settings. */
    account: {
      me: client.me,
      signup: client.signup,
      login: client.login,
      logout: client.logout,
      changePassword: client.changePassword,
      sessions: client.sessions,
      endSession: client.endSession,
      logoutAll: client.logoutAll,
      deleteAccount: client.deleteAccount,
      importFile: client.importFile,
      shares: client.shares,
      createShare: client.createShare,
      revokeShare: client.revokeShare,
    },
    /** Calls `listener` whenever the server answers "unauthenticated"; returns how to stop listening. */
    onSessionEnded(listener: () => void): () => void {
      sessionEndedListeners.add(listener);
      return () => sessionEndedListeners.delete(listener);
    },
  };
}

export type WebData = ReturnType<typeof createWebData>;
export type AccountCalls = WebData['account'];
