/**
 * Sends the outbox to the server: oldest entry first, one run at a time, stopping at the first entry that
 * must wait (no connection, server trouble) so the order is kept, and retrying later with backoff.
 * Everything it touches comes in through ports (the outbox, the sender, timers, randomness, a cross-tab
 * lock), so the same loop runs over IndexedDB in the browser and over memory in the unit tests.
 */
import type { ApiResult } from '../../api/api-result.js';
import type { Checkin } from '../../api/schemas.js';
import { judge, retryDelayMs, type NewOutboxEntry, type OutboxEntry, type OutboxOp } from './outbox.js';

export interface OutboxPort {
  /** Every entry of the account, rejected ones included, oldest first. */
  list(accountId: string): Promise<OutboxEntry[]>;
  /** Stores a new entry and, in the same transaction, removes the entries it replaces (see `replacedBy`). */
  add(entry: NewOutboxEntry): Promise<OutboxEntry>;
  remove(seq: number): Promise<void>;
  /** Changes an entry only if it is still queued: a newer edit may have replaced it while it was being sent. */
  update(seq: number, change: Pick<OutboxEntry, 'attempts'> & Partial<Pick<OutboxEntry, 'rejected'>>): Promise<void>;
}

/** The server's answer to one entry. A check-in edit the server already had a later edit of brings that edit back. */
export interface Answer {
  readonly result: ApiResult<unknown>;
  readonly laterEdit?: Checkin;
}

/** Sends one entry (built from the HTTP client by sender.ts, or a fake server in tests). */
export type Send = (entry: OutboxEntry) => Promise<Answer>;

/** An entry that left the queue in a run, with the server's answer, for a screen waiting on it. */
export interface Delivered {
  readonly seq: number;
  readonly answer: Answer;
}

export interface DrainReport {
  /** clear: nothing left to send; waiting: will retry; signed-out: waits for the person to sign in again. */
  readonly state: 'clear' | 'waiting' | 'signed-out';
  readonly done: readonly Delivered[];
  readonly rejected: readonly Delivered[];
}

/**
 * One pass over the queue. Never throws: an unexpected failure counts as "try again later". Before each
 * request it checks that the account is still the one signed in (`stillCurrent`): after a sign-out nothing
 * more is sent for that person, whoever signs in next.
 */
export async function drain(
  accountId: string,
  { outbox, send }: { readonly outbox: OutboxPort; readonly send: Send },
  stillCurrent: () => boolean = () => true,
): Promise<DrainReport> {
  const done: Delivered[] = [];
  const rejected: Delivered[] = [];
  const entries = (await outbox.list(accountId)).filter((e) => !e.rejected);
  for (const entry of entries) {
    if (!stillCurrent()) return { state: 'signed-out', done, rejected };
    let answer: Answer;
    try {
      answer = await send(entry);
    } catch (cause) {
      answer = { result: { ok: false, error: { code: 'network_error', message: String(cause), status: 0 } } };
    }
    const outcome = judge(entry.op, answer.result);
    if (outcome.kind === 'done') {
      await outbox.remove(entry.seq);
      done.push({ seq: entry.seq, answer });
    } else if (outcome.kind === 'rejected') {
      await outbox.update(entry.seq, { attempts: entry.attempts + 1, rejected: outcome.rejection });
      rejected.push({ seq: entry.seq, answer });
    } else if (outcome.kind === 'signed-out') {
      return { state: 'signed-out', done, rejected };
    } else {
      await outbox.update(entry.seq, { attempts: entry.attempts + 1 });
      return { state: 'waiting', done, rejected };
    }
  }
  return { state: 'clear', done, rejected };
}

export interface SyncStatus {
  readonly state: 'idle' | 'sending' | 'waiting' | 'signed-out';
  /** Entries waiting to be sent (not counting rejected ones). */
  readonly pending: number;
  readonly rejected: readonly OutboxEntry[];
  /** True from a run that had to stop and wait until one that sends everything: the only time to speak up. */
  readonly troubled: boolean;
  /** How many entries have left the queue since the page opened (sent, or refused); screens refresh when it grows. */
  readonly sent: number;
  /** When the next automatic try is due (ms since the epoch), while waiting. */
  readonly retryAt?: number;
}

export interface SyncerDeps {
  readonly outbox: OutboxPort;
  readonly send: Send;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly now: () => number;
  readonly random: () => number;
  /** Keeps two open tabs from sending the same queue at once (a replay would be harmless, just wasteful). */
  readonly exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Tells other open tabs that entries were sent, so their "not sent yet" marks clear too. */
  readonly announce?: () => void;
}

const IDLE: SyncStatus = { state: 'idle', pending: 0, rejected: [], troubled: false, sent: 0 };

export function createSyncer(deps: SyncerDeps) {
  let accountId: string | undefined;
  let status: SyncStatus = IDLE;
  let failures = 0;
  let timer: unknown;
  let current: Promise<DrainReport> | undefined;
  let next: Promise<DrainReport> | undefined;
  const listeners = new Set<(status: SyncStatus) => void>();
  /** While paused (a sign-out in progress) entries can still be queued, but nothing is sent. */
  let paused = false;
  const exclusive = deps.exclusive ?? ((work) => work());

  function publish(change: Partial<SyncStatus>) {
    const merged = { ...status, ...change };
    // retryAt belongs to the waiting state only.
    const { retryAt, ...rest } = merged;
    status = merged.state === 'waiting' && retryAt !== undefined ? { ...rest, retryAt } : rest;
    for (const listener of listeners) listener(status);
  }

  async function recount(): Promise<void> {
    const account = accountId;
    if (account === undefined) return;
    const entries = await deps.outbox.list(account);
    if (account === accountId)
      publish({ pending: entries.filter((e) => !e.rejected).length, rejected: entries.filter((e) => e.rejected) });
  }

  /** After a sign-out, what still waits for that person, for the sign-in screen (their refusals stay private). */
  async function recountSignedOut(account: string): Promise<void> {
    const entries = await deps.outbox.list(account);
    if (accountId === undefined) publish({ pending: entries.filter((e) => !e.rejected).length, rejected: [] });
  }

  function cancelTimer() {
    if (timer !== undefined) deps.clearTimer(timer);
    timer = undefined;
  }

  async function run(): Promise<DrainReport> {
    const account = accountId;
    if (account === undefined || paused) return { state: 'clear', done: [], rejected: [] };
    cancelTimer();
    publish({ state: 'sending' });
    let report: DrainReport;
    try {
      report = await exclusive(() => drain(account, deps, () => account === accountId && !paused));
    } catch {
      // The local database itself failed (e.g. storage was cleared mid-run): wait and try again.
      report = { state: 'waiting', done: [], rejected: [] };
    }
    if (account !== accountId) {
      if (accountId === undefined) await recountSignedOut(account).catch(() => undefined);
      return report;
    }
    const sent = status.sent + report.done.length + report.rejected.length;
    if (report.done.length + report.rejected.length > 0) deps.announce?.();
    if (report.state === 'waiting') {
      failures += 1;
      const delay = retryDelayMs(failures, deps.random());
      timer = deps.setTimer(() => void syncNow(), delay);
      publish({ state: 'waiting', troubled: true, sent, retryAt: deps.now() + delay });
    } else {
      if (report.state === 'clear') failures = 0;
      publish({
        state: report.state === 'signed-out' ? 'signed-out' : 'idle',
        troubled: report.state !== 'clear',
        sent,
      });
    }
    await recount().catch(() => undefined);
    return report;
  }

  /** Starts a run now, or, if one is running, one more right after it (which sees anything queued meanwhile). */
  function syncNow(): Promise<DrainReport> {
    if (!current) {
      current = run().finally(() => {
        current = undefined;
      });
      return current;
    }
    next ??= current.then(() => {
      next = undefined;
      return syncNow();
    });
    return next;
  }

  return {
    status: () => status,
    subscribe(listener: (status: SyncStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Begins syncing one account's queue (after sign-in, or on start with a remembered account). */
    start(id: string): Promise<DrainReport> {
      if (accountId !== id) {
        accountId = id;
        failures = 0;
        cancelTimer();
        publish({ ...IDLE, sent: status.sent });
      }
      return syncNow();
    },
    /**
     * Stops sending (sign-out) and resolves once a run already under way has finished its current request,
     * so the caller can end the session knowing nothing more goes out under it. What still waits stays
     * counted, for the sign-in screen to say so.
     */
    async stop(): Promise<void> {
      accountId = undefined;
      paused = false;
      cancelTimer();
      publish({ state: 'signed-out', troubled: false, rejected: [] });
      await Promise.allSettled([current, next]);
    },
    /** Holds sending (entries can still be queued) and resolves once a request on its way has landed. */
    async pause(): Promise<void> {
      paused = true;
      cancelTimer();
      await Promise.allSettled([current, next]);
    },
    resume(): Promise<DrainReport> {
      paused = false;
      return syncNow();
    },
    /** Another tab sent entries from the shared outbox: count again, and let screens refresh their marks. */
    async noticeRemote(): Promise<void> {
      publish({ sent: status.sent + 1 });
      await recount();
    },
    syncNow,
    /** Queues an entry for the current account and starts sending it; resolves once the entry is stored locally. */
    async enqueue(op: OutboxOp, queuedAt: string): Promise<OutboxEntry> {
      if (accountId === undefined) throw new Error('No account is signed in');
      const entry = await deps.outbox.add({ accountId, op, queuedAt, attempts: 0 });
      await recount();
      return entry;
    },
    /** Entries of the current account, for laying unsent edits over what the server said. */
    entries(): Promise<OutboxEntry[]> {
      return accountId === undefined ? Promise.resolve([]) : deps.outbox.list(accountId);
    },
    /** Removes an entry the person chose to discard (a rejected one) or one the screen took back. */
    async discard(seq: number): Promise<void> {
      await deps.outbox.remove(seq);
      await recount();
    },
  };
}

export type Syncer = ReturnType<typeof createSyncer>;
