import { describe, expect, it } from 'vitest';
import type { ApiClient } from './http-client.js';
import { createMemoryStore } from './memory-store.js';
import type { OutboxOp } from './outbox.js';
import { createRecords } from './records.js';
import { createSyncer } from './sync.js';

const dose = (id: string): OutboxOp => ({
  kind: 'dose',
  body: { id, date: '2026-11-20', takenAt: '2026-11-20T08:00:00+01:00', doseMg: 0.5 },
});

/** Records over a memory store whose syncer never sends (nothing here reaches a server). */
function setUp() {
  const store = createMemoryStore();
  const syncer = createSyncer({
    outbox: store,
    send: () => Promise.reject(new Error('nothing is sent in these tests')),
    setTimer: () => undefined,
    clearTimer: () => undefined,
    now: () => 0,
    random: () => 0.5,
  });
  // Only actAs is reached by what these tests call.
  const client = { actAs: () => undefined } as unknown as ApiClient;
  const records = createRecords({
    client,
    store,
    syncer,
    patienceMs: 0,
    wait: () => Promise.resolve(),
    now: () => '2026-11-20T08:00:00+01:00',
  });
  return { store, records };
}

async function keep(store: ReturnType<typeof createMemoryStore>, accountId: string) {
  await store.add({ accountId, op: dose(`${accountId}-dose`), queuedAt: 't', attempts: 0 });
  await store.cachePut(accountId, 'plan', { for: accountId });
}

describe('what the device keeps for an account', () => {
  it('on sign-out, forgets the copy but keeps unsent entries to send later', async () => {
    const { store, records } = setUp();
    await keep(store, 'ann');
    await records.forget('ann');
    expect(await store.cacheGet('ann', 'plan')).toBeUndefined();
    expect((await store.list('ann')).map((e) => e.op.kind)).toEqual(['dose']);
  });

  it('on deletion, erases the copy and the unsent entries of that account only', async () => {
    const { store, records } = setUp();
    await keep(store, 'ann');
    await keep(store, 'bo');
    await records.erase('ann');
    expect(await store.cacheGet('ann', 'plan')).toBeUndefined();
    expect(await store.list('ann')).toEqual([]);
    expect(await store.cacheGet('bo', 'plan')).toEqual({ for: 'bo' });
    expect((await store.list('bo')).map((e) => e.accountId)).toEqual(['bo']);
  });
});
