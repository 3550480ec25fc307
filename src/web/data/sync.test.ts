import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../api/api-result.js';
import { createMemoryStore } from './memory-store.js';
import type { OutboxOp } from './outbox.js';
import { createSyncer, drain, type Send } from './sync.js';

/** The sync loop's sender from a fake that answers an op with an API result. */
const answering =
  (fake: (op: OutboxOp) => Promise<ApiResult<unknown>>): Send =>
  async ({ op }) => ({ result: await fake(op) });

const ACCOUNT = 'account-1';
const ok = (): ApiResult<unknown> => ({ ok: true, value: {} });
const offline = (): ApiResult<unknown> => ({
  ok: false,
  error: { code: 'network_error', message: 'Failed to fetch', status: 0 },
});

const checkin = (date: string, note: string, editedAt: string): OutboxOp => ({
  kind: 'checkin',
  date,
  body: { symptoms: {}, note, editedAt },
});
const dose = (id: string, doseMg = 0.5): OutboxOp => ({
  kind: 'dose',
  body: { id, date: '2026-11-20', takenAt: '2026-11-20T08:00:00+01:00', doseMg },
});

/**
 * A server with the same promises as the real one: check-ins by date where the later edit wins, doses and
 * events keyed by their client id (a replay changes nothing), deleting an unknown dose is 404. `fault`
 * decides per request whether it fails before reaching the server, or is stored but its reply is lost.
 */
function fakeServer(fault: () => 'none' | 'before' | 'after' = () => 'none') {
  const checkins = new Map<string, { note: string; editedAt: string }>();
  const doses = new Map<string, number>();
  const events = new Set<string>();
  let requests = 0;
  const apply = (op: OutboxOp): ApiResult<unknown> => {
    switch (op.kind) {
      case 'checkin': {
        const stored = checkins.get(op.date);
        if (!stored || stored.editedAt <= op.body.editedAt)
          checkins.set(op.date, { note: op.body.note ?? '', editedAt: op.body.editedAt });
        return ok();
      }
      case 'dose':
        if (!doses.has(op.body.id)) doses.set(op.body.id, op.body.doseMg);
        return ok();
      case 'dose-delete':
        return doses.delete(op.id)
          ? ok()
          : { ok: false, error: { code: 'not_found', message: 'Not found', status: 404 } };
      case 'assessment':
        return ok();
      case 'event':
        events.add(op.body.id);
        return ok();
      case 'event-delete':
        return events.delete(op.id)
          ? ok()
          : { ok: false, error: { code: 'not_found', message: 'Not found', status: 404 } };
    }
  };
  const sendOp = (op: OutboxOp): Promise<ApiResult<unknown>> => {
    requests += 1;
    const when = fault();
    if (when === 'before') return Promise.resolve(offline());
    const result = apply(op);
    return Promise.resolve(when === 'after' ? offline() : result);
  };
  return { send: answering(sendOp), sendOp, checkins, doses, events, requests: () => requests };
}

describe('drain', () => {
  it('sends oldest first and empties the queue', async () => {
    const store = createMemoryStore();
    const server = fakeServer();
    await store.add({ accountId: ACCOUNT, op: dose('a'), queuedAt: 't', attempts: 0 });
    await store.add({
      accountId: ACCOUNT,
      op: { kind: 'dose-delete', id: 'b', date: '2026-11-20' },
      queuedAt: 't',
      attempts: 0,
    });
    await store.add({
      accountId: ACCOUNT,
      op: checkin('2026-11-20', 'calm', '2026-11-20T10:00:00Z'),
      queuedAt: 't',
      attempts: 0,
    });
    const report = await drain(ACCOUNT, { outbox: store, send: server.send });
    expect(report.state).toBe('clear');
    expect(report.done).toHaveLength(3);
    expect(await store.list(ACCOUNT)).toEqual([]);
    expect([...server.doses.keys()]).toEqual(['a']);
    expect(server.checkins.get('2026-11-20')?.note).toBe('calm');
  });

  it('stops at the first entry that must wait, keeping it and everything after it', async () => {
    const store = createMemoryStore();
    await store.add({ accountId: ACCOUNT, op: dose('a'), queuedAt: 't', attempts: 0 });
    await store.add({ accountId: ACCOUNT, op: dose('b'), queuedAt: 't', attempts: 0 });
    const report = await drain(ACCOUNT, { outbox: store, send: answering(() => Promise.resolve(offline())) });
    expect(report.state).toBe('waiting');
    const left = await store.list(ACCOUNT);
    expect(left.map((e) => [e.op.kind === 'dose' && e.op.body.id, e.attempts])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('keeps a rejected entry, marked with the reason, and goes on with the rest', async () => {
    const store = createMemoryStore();
    await store.add({ accountId: ACCOUNT, op: dose('a'), queuedAt: 't', attempts: 0 });
    await store.add({ accountId: ACCOUNT, op: dose('b'), queuedAt: 't', attempts: 0 });
    const send = answering((op) =>
      Promise.resolve(
        op.kind === 'dose' && op.body.id === 'a'
          ? {
              ok: false,
              error: { code: 'date_in_future', message: 'Date is in the future', field: 'date', status: 422 },
            }
          : ok(),
      ),
    );
    const report = await drain(ACCOUNT, { outbox: store, send });
    expect(report.state).toBe('clear');
    const left = await store.list(ACCOUNT);
    expect(left).toHaveLength(1);
    expect(left[0]?.rejected).toEqual({ code: 'date_in_future', message: 'Date is in the future', field: 'date' });
    // A rejected entry is not sent again on the next run.
    expect((await drain(ACCOUNT, { outbox: store, send: () => Promise.reject(new Error('must not be called')) })).state).toBe('clear');
  });

  it('stops without counting an attempt when the session has ended', async () => {
    const store = createMemoryStore();
    await store.add({ accountId: ACCOUNT, op: dose('a'), queuedAt: 't', attempts: 0 });
    const signedOut = answering(() =>
      Promise.resolve({ ok: false, error: { code: 'unauthenticated', message: 'Sign in', status: 401 } }),
    );
    const report = await drain(ACCOUNT, { outbox: store, send: signedOut });
    expect(report.state).toBe('signed-out');
    expect((await store.list(ACCOUNT))[0]?.attempts).toBe(0);
  });

  it('counts an undo of a dose the server never had as done', async () => {
    const store = createMemoryStore();
    await store.add({
      accountId: ACCOUNT,
      op: { kind: 'dose-delete', id: 'x', date: '2026-11-20' },
      queuedAt: 't',
      attempts: 0,
    });
    expect((await drain(ACCOUNT, { outbox: store, send: fakeServer().send })).state).toBe('clear');
  });

  it('never sends another account’s entries', async () => {
    const store = createMemoryStore();
    await store.add({ accountId: 'someone-else', op: dose('theirs'), queuedAt: 't', attempts: 0 });
    const server = fakeServer();
    await drain(ACCOUNT, { outbox: store, send: server.send });
    expect(server.requests()).toBe(0);
    expect(await store.list('someone-else')).toHaveLength(1);
  });
});

describe('the syncer', () => {
  function manualTimers() {
    const pending = new Map<number, { run: () => void; ms: number }>();
    let next = 0;
    return {
      setTimer: (run: () => void, ms: number) => {
        next += 1;
        pending.set(next, { run, ms });
        return next;
      },
      clearTimer: (handle: unknown) => pending.delete(handle as number),
      pending,
    };
  }

  it('retries with growing waits while offline, and resets once everything is sent', async () => {
    const timers = manualTimers();
    let online = false;
    const server = fakeServer();
    const syncer = createSyncer({
      outbox: createMemoryStore(),
      send: answering((op) => (online ? server.sendOp(op) : Promise.resolve(offline()))),
      ...timers,
      now: () => 0,
      random: () => 0.999_999,
    });
    await syncer.start(ACCOUNT);
    await syncer.enqueue(dose('a'), 't');
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await syncer.syncNow();
      const [timer] = [...timers.pending.values()];
      waits.push(timer?.ms ?? -1);
    }
    expect(waits).toEqual([2000, 4000, 8000, 16000]);
    expect(syncer.status()).toMatchObject({ state: 'waiting', pending: 1, retryAt: 16000, troubled: true, sent: 0 });
    expect(timers.pending.size).toBe(1);

    online = true;
    await syncer.syncNow();
    expect(syncer.status()).toEqual({ state: 'idle', pending: 0, rejected: [], troubled: false, sent: 1 });
    expect(timers.pending.size).toBe(0);
    expect([...server.doses.keys()]).toEqual(['a']);
  });

  it('runs once at a time, and once more for anything queued meanwhile', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sent: string[] = [];
    const syncer = createSyncer({
      outbox: createMemoryStore(),
      send: answering(async (op) => {
        await gate;
        sent.push(op.kind === 'dose' ? op.body.id : op.kind);
        return ok();
      }),
      ...manualTimers(),
      now: () => 0,
      random: () => 0.5,
    });
    await syncer.start(ACCOUNT);
    await syncer.enqueue(dose('a'), 't');
    const first = syncer.syncNow();
    const second = syncer.syncNow();
    await syncer.enqueue(dose('b'), 't');
    const third = syncer.syncNow();
    expect(third).toBe(second);
    release();
    await Promise.all([first, second, third]);
    expect(sent).toEqual(['a', 'b']);
  });

  it('sends nothing more for a person once they sign out, even mid-run, and says what still waits', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => undefined;
    const firstRequest = new Promise<void>((resolve) => {
      started = resolve;
    });
    const server = fakeServer();
    const syncer = createSyncer({
      outbox: createMemoryStore(),
      send: async (entry) => {
        started();
        await gate;
        return server.send(entry);
      },
      ...manualTimers(),
      now: () => 0,
      random: () => 0.5,
    });
    await syncer.start(ACCOUNT);
    for (const id of ['a', 'b', 'c']) await syncer.enqueue(dose(id), 't');
    const running = syncer.syncNow();
    await firstRequest;
    let stoppedEarly = true;
    const stopped = syncer.stop().then(() => {
      stoppedEarly = false;
    });
    await Promise.resolve();
    // stop() waits for the request on its way, so the session is not ended under it.
    expect(stoppedEarly).toBe(true);
    release();
    await Promise.all([running, stopped]);
    expect([...server.doses.keys()]).toEqual(['a']);
    expect(syncer.status()).toMatchObject({ state: 'signed-out', pending: 2 });
  });

  it('holds sending during a sign-out but still keeps what is recorded meanwhile', async () => {
    const server = fakeServer();
    const syncer = createSyncer({
      outbox: createMemoryStore(),
      send: server.send,
      ...manualTimers(),
      now: () => 0,
      random: () => 0.5,
    });
    await syncer.start(ACCOUNT);
    await syncer.pause();
    await syncer.enqueue(dose('during'), 't');
    await syncer.syncNow();
    expect(server.requests()).toBe(0);
    expect(syncer.status().pending).toBe(1);
    // The sign-out failed (no connection): sending picks up again.
    await syncer.resume();
    expect([...server.doses.keys()]).toEqual(['during']);
  });

  it('reports a sign-out it was asked for as calm, not as trouble from the server', async () => {
    const syncer = createSyncer({
      outbox: createMemoryStore(),
      send: answering(() => Promise.resolve(offline())),
      ...manualTimers(),
      now: () => 0,
      random: () => 0.5,
    });
    await syncer.start(ACCOUNT);
    await syncer.enqueue(dose('a'), 't');
    await syncer.syncNow();
    expect(syncer.status().troubled).toBe(true);
    await syncer.stop();
    expect(syncer.status()).toMatchObject({ state: 'signed-out', troubled: false, pending: 1 });
  });

  it('refuses to queue when nobody is signed in', async () => {
    const syncer = createSyncer({
      outbox: createMemoryStore(),
      send: fakeServer().send,
      ...manualTimers(),
      now: () => 0,
      random: () => 0,
    });
    await expect(syncer.enqueue(dose('a'), 't')).rejects.toThrow(/No account/);
  });
});

/**
 * The promise of the outbox, under faults: whatever fails and however often, once the connection is
 * good again the server holds exactly what the person recorded: each day's latest edit, every dose
 * they logged and did not undo, each one once.
 */
describe('nothing lost, nothing doubled', () => {
  const action = fc.oneof(
    fc.record({
      kind: fc.constant('checkin' as const),
      day: fc.integer({ min: 1, max: 3 }),
      note: fc.string({ maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant('dose' as const), mg: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('undo' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('sync' as const) }),
  );

  test.prop(
    [
      fc.array(action, { maxLength: 40 }),
      fc.array(fc.constantFrom('none', 'before', 'after' as const), { minLength: 1, maxLength: 20 }),
    ],
    {
      numRuns: 200,
    },
  )('after recovery the server matches what was recorded', async (actions, faults) => {
    let request = 0;
    let healthy = false;
    const server = fakeServer(() => (healthy ? 'none' : (faults[request++ % faults.length] ?? 'none')));
    const syncer = createSyncer({
      outbox: createMemoryStore(),
      send: server.send,
      setTimer: () => 0,
      clearTimer: () => undefined,
      now: () => 0,
      random: () => 0.5,
    });
    await syncer.start(ACCOUNT);

    const expectedCheckins = new Map<string, string>();
    const expectedDoses = new Map<string, number>();
    const logged: string[] = [];
    let clock = 0;
    for (const a of actions) {
      if (a.kind === 'checkin') {
        clock += 1;
        const date = `2026-11-0${String(a.day)}`;
        await syncer.enqueue(checkin(date, a.note, `2026-11-20T10:00:${String(clock).padStart(2, '0')}Z`), 't');
        expectedCheckins.set(date, a.note);
      } else if (a.kind === 'dose') {
        const id = `dose-${String(logged.length)}`;
        logged.push(id);
        await syncer.enqueue(dose(id, a.mg), 't');
        expectedDoses.set(id, a.mg);
      } else if (a.kind === 'undo') {
        const id = logged[a.pick % Math.max(1, logged.length)];
        if (id !== undefined && expectedDoses.has(id)) {
          await syncer.enqueue({ kind: 'dose-delete', id, date: '2026-11-20' }, 't');
          expectedDoses.delete(id);
        }
      } else {
        await syncer.syncNow();
      }
    }
    healthy = true;
    const report = await syncer.syncNow();

    expect(report.state).toBe('clear');
    expect(syncer.status().pending).toBe(0);
    expect(new Map([...server.checkins].map(([date, c]) => [date, c.note]))).toEqual(expectedCheckins);
    expect(server.doses).toEqual(expectedDoses);
  });
});
