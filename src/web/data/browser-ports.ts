/** The browser's side of the ports createWebData needs: the only place the data room touches window globals. */
import type { WebPorts } from './create-web-data.js';
import { openIdbStore } from './idb-store.js';

/** Web Locks keep two open tabs from sending the same queue at the same time. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Partial<Navigator>).locks;
  return locks ? (locks.request('taper-companion-sync', work) as Promise<T>) : work();
}

function syncChannel(): WebPorts['channel'] {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel('taper-companion-sync');
  return {
    post: () => channel.postMessage('sent'),
    listen: (heard) => channel.addEventListener('message', heard),
  };
}

export function browserPorts(): WebPorts {
  const channel = syncChannel();
  return {
    fetch: window.fetch.bind(window),
    openStore: () => openIdbStore(),
    clock: () => new Date(),
    random: () => Math.random(),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
    exclusive,
    ...(channel ? { channel } : {}),
  };
}
