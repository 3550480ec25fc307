/**
 * What the screens use to read and write a person's records, offline first. Writes go to the device's
 * outbox and are then sent; reads ask the server and keep a copy, and when the server cannot be reached
 * they answer from that copy. Either way, entries not yet sent are laid over the answer, so what the
 * person recorded is always on screen, with a mark when it has not reached their account yet.
 */
import type { ApiClient, ApiFailure, ApiResult } from '../../api/client.js';
import type { AssessmentBody, AssessmentView, InstrumentView } from '../../api/assessment-schemas.js';
import type { DoseBody, DoseView } from '../../api/dose-schemas.js';
import type { Checkin, CheckinBody, EventBody, RedFlagEvent } from '../../api/schemas.js';
import { scoreInstrument } from '../../core/instruments/score.js';
import type { LocalStore } from './local-store.js';
import {
  checkinOf,
  overlayAssessments,
  overlayCheckins,
  overlayDoses,
  overlayEvents,
  pendingCheckin,
  type Local,
  type OutboxEntry,
  type OutboxOp,
} from './outbox.js';
import type { DrainReport, Syncer } from './sync.js';

type Range = { readonly from?: string; readonly to?: string };

/** Keys of the device's copy. Records are keyed by date first, so a date range is a key range. */
const keys = {
  checkin: (date: string) => `checkin/${date}`,
  dose: (date: string, id: string) => `dose/${date}/${id}`,
  assessment: (date: string, id: string) => `assessment/${date}/${id}`,
  /** The whole range [from, to] of one kind; '\uffff' sorts after every id. */
  range: (kind: 'checkin' | 'dose' | 'assessment', range: Range) =>
    [`${kind}/${range.from ?? ''}`, `${kind}/${range.to ?? '9999-12-31'}\uffff`] as const,
};

/** A write the person just made: stored on the device, and sent if the server answered in time. */
export interface Written<T> {
  readonly value: Local<T>;
  /** True once the server has it; false while it waits in the outbox (offline, or the server is slow). */
  readonly synced: boolean;
  /**
   * True when the server already had a later edit of the same record (from another device): `value` is then
   * that later edit, and this one was kept in the record's history.
   */
  readonly superseded?: true;
}

export interface RecordsDeps {
  readonly client: ApiClient;
  readonly store: LocalStore;
  readonly syncer: Syncer;
  /** How long a save waits for the server before saying "saved on this device" and letting the person go on. */
  readonly patienceMs: number;
  readonly wait: (ms: number) => Promise<void>;
  readonly now: () => string;
}

/** Failures where the device's copy is the best answer available. */
const unreachable = (error: ApiFailure) =>
  error.code === 'network_error' || error.status >= 500 || error.code === 'rate_limited';

export function createRecords(deps: RecordsDeps) {
  const { client, store, syncer } = deps;
  let accountId: string | undefined;
  /** Server answers for the entries a screen is waiting on, by outbox seq (see `write`). */
  const watched = new Set<number>();
  const answers = new Map<number, ApiResult<unknown>>();

  const quietly = (work: Promise<unknown>) => work.catch(() => undefined);

  /** Sends one op and hands its answer to a screen waiting on it. */
  async function send(op: OutboxOp, seq: number): Promise<ApiResult<unknown>> {
    const result = await sendOp(op);
    if (watched.has(seq)) answers.set(seq, result);
    return result;
  }

  /** On success the device's copy is brought up to date, so it is right when offline later. */
  async function sendOp(op: OutboxOp): Promise<ApiResult<unknown>> {
    const account = accountId;
    switch (op.kind) {
      case 'checkin': {
        const result = await client.putCheckin(op.date, op.body);
        if (result.ok && account && !result.value.superseded)
          await quietly(store.cachePut(account, keys.checkin(op.date), result.value));
        return result;
      }
      case 'dose': {
        const result = await client.logDose(op.body);
        if (result.ok && account)
          await quietly(store.cachePut(account, keys.dose(result.value.date, result.value.id), result.value));
        return result;
      }
      case 'dose-delete': {
        const result = await client.deleteDose(op.id);
        if (account) await quietly(store.cacheDelete(account, keys.dose(op.date, op.id)));
        return result;
      }
      case 'assessment': {
        const result = await client.recordAssessment(op.body);
        if (result.ok && account)
          await quietly(store.cachePut(account, keys.assessment(result.value.date, result.value.id), result.value));
        return result;
      }
      case 'event':
        return client.recordEvent(op.body);
      case 'event-delete':
        return client.deleteEvent(op.id);
    }
  }

  /** Asks the server, keeps its answer, and falls back to the kept answer when the server cannot be reached. */
  async function cached<T>(key: string, fetch: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const result = await fetch();
    const account = accountId;
    if (account === undefined) return result;
    if (result.ok) await quietly(store.cachePut(account, key, result.value));
    else if (unreachable(result.error)) {
      const kept = await store.cacheGet(account, key).catch(() => undefined);
      if (kept !== undefined) return { ok: true, value: kept as T };
    } else if (result.error.code === 'not_found') await quietly(store.cacheDelete(account, key));
    return result;
  }

  /** A list over a date range: the server's answer replaces the kept range; offline, the kept range answers. */
  async function cachedList<T>(
    kind: 'checkin' | 'dose' | 'assessment',
    range: Range,
    fetch: () => Promise<ApiResult<readonly T[]>>,
    keyOf: (item: T) => string,
  ): Promise<ApiResult<readonly T[]> & { readonly fromDevice?: boolean }> {
    const result = await fetch();
    const account = accountId;
    if (account === undefined) return result;
    const [from, to] = keys.range(kind, range);
    if (result.ok) {
      await quietly(
        store.cacheReplaceRange(
          account,
          from,
          to,
          result.value.map((item) => [keyOf(item), item] as const),
        ),
      );
      return result;
    }
    if (!unreachable(result.error)) return result;
    const kept = (await store.cacheRange(account, from, to).catch(() => [])) as T[];
    return { ok: true, value: kept, fromDevice: true };
  }

  /** Queues a write and gives the server a moment to take it, so the common online case says "Saved". */
  async function write<T>(op: OutboxOp, value: Local<T>): Promise<ApiResult<Written<T>>> {
    let entry: OutboxEntry;
    try {
      entry = await syncer.enqueue(op, deps.now());
    } catch (cause) {
      // No account yet, or the device refused to store it: say so rather than pretend it was kept.
      return { ok: false, error: { code: 'internal', message: String(cause), status: 0 } };
    }
    watched.add(entry.seq);
    try {
      const report = await Promise.race([syncer.syncNow(), deps.wait(deps.patienceMs).then(() => undefined)]);
      return settle(entry, report, value, answers.get(entry.seq));
    } finally {
      watched.delete(entry.seq);
      answers.delete(entry.seq);
    }
  }

  function settle<T>(
    entry: OutboxEntry,
    report: DrainReport | undefined,
    value: Local<T>,
    answer: ApiResult<unknown> | undefined,
  ): ApiResult<Written<T>> {
    if (report?.done.includes(entry.seq)) {
      if (answer?.ok && entry.op.kind === 'checkin' && (answer.value as Checkin).superseded) {
        const { superseded: _superseded, ...later } = answer.value as Checkin;
        return { ok: true, value: { value: later as unknown as Local<T>, synced: true, superseded: true } };
      }
      const { pending: _pending, ...sent } = value as Local<T> & { pending?: true };
      return { ok: true, value: { value: sent as Local<T>, synced: true } };
    }
    if (report?.rejected.includes(entry.seq) && answer && !answer.ok) {
      // Shown where it was made, so the person can fix it; the entry itself stays listed (with a Remove
      // button) until they remove it, in case they have already left that screen.
      return { ok: false, error: answer.error };
    }
    if (report?.state === 'signed-out')
      return { ok: false, error: { code: 'unauthenticated', message: 'Signed out', status: 401 } };
    return { ok: true, value: { value, synced: false } };
  }

  return {
    /**
     * Begins working for one account: its copy, its outbox, and sending what waits. Called as soon as the
     * account is known, before any screen reads, so unsent entries are laid over the very first answers.
     */
    use(id: string): void {
      if (accountId === id) return;
      accountId = id;
      client.actAs(id);
      void syncer.start(id);
    },
    /** Stops working for the account (signed out, or the session ended); resolves once nothing more is on its way. */
    leave(): Promise<void> {
      accountId = undefined;
      client.actAs(undefined);
      return syncer.stop();
    },
    /** Holds sending while the person signs out (writes are still kept); `resume` if sign-out fails. */
    pause: () => syncer.pause(),
    resume: () => void syncer.resume(),
    send,
    /** Sends what waits now (on `online`, on returning to the app, or when the person asks). */
    syncNow: () => syncer.syncNow(),
    /** Forgets the device's copy of an account's records (on sign-out); unsent entries stay to be sent later. */
    forget: (id: string) => quietly(store.clearCache(id)),
    /** The account was deleted: its copy and its unsent entries go too, since there is nowhere to send them. */
    async erase(id: string): Promise<void> {
      const unsent = await store.list(id).catch(() => []);
      for (const entry of unsent) await quietly(store.remove(entry.seq));
      await quietly(store.clearCache(id));
    },

    async getCheckin(date: string): Promise<ApiResult<Local<Checkin>>> {
      const waiting = pendingCheckin(await syncer.entries(), date);
      if (waiting) return { ok: true, value: waiting };
      return cached(keys.checkin(date), () => client.getCheckin(date));
    },
    saveCheckin(date: string, body: CheckinBody & { readonly editedAt: string }): Promise<ApiResult<Written<Checkin>>> {
      const op = { kind: 'checkin', date, body } as const;
      return write(op, checkinOf(op));
    },
    async listCheckins(range: Range): Promise<ApiResult<readonly Local<Checkin>[]>> {
      const server = await cachedList<Checkin>(
        'checkin',
        range,
        async () => {
          const r = await client.listCheckins(range);
          return r.ok ? { ok: true, value: r.value.checkins } : r;
        },
        (c) => keys.checkin(c.date),
      );
      if (!server.ok) return server;
      return { ok: true, value: overlayCheckins(server.value, await syncer.entries(), range) };
    },

    async listDoses(range: Range): Promise<ApiResult<readonly Local<DoseView>[]>> {
      const server = await cachedList<DoseView>(
        'dose',
        range,
        async () => {
          const r = await client.listDoses(range);
          return r.ok ? { ok: true, value: r.value.doses } : r;
        },
        (d) => keys.dose(d.date, d.id),
      );
      if (!server.ok) return server;
      return { ok: true, value: overlayDoses(server.value, await syncer.entries(), range) };
    },
    logDose(body: DoseBody & { readonly id: string }): Promise<ApiResult<Written<DoseView>>> {
      const value: Local<DoseView> = {
        id: body.id,
        date: body.date,
        takenAt: body.takenAt,
        medicationId: body.medicationId ?? null,
        doseMg: body.doseMg,
        form: body.form ?? null,
        note: body.note ?? '',
        pending: true,
      };
      return write({ kind: 'dose', body }, value);
    },
    deleteDose(dose: DoseView): Promise<ApiResult<Written<DoseView>>> {
      return write({ kind: 'dose-delete', id: dose.id, date: dose.date }, dose);
    },

    /** Scores on the device with the same core function the server uses, so the result shows offline too. */
    recordAssessment(
      body: AssessmentBody & { readonly id: string },
      instrument: InstrumentView,
    ): Promise<ApiResult<Written<AssessmentView>>> {
      const scored = scoreInstrument(instrument, body.answers);
      if (!scored.ok) {
        const { code, field } = scored.error;
        return Promise.resolve({
          ok: false,
          error: { code, message: 'Check the answers', status: 422, ...(field ? { field } : {}) },
        });
      }
      const view: Local<AssessmentView> = {
        id: body.id,
        instrument: body.instrument,
        date: body.date,
        answers: body.answers,
        unscored: body.unscored ?? {},
        ...scored.value,
        createdAt: deps.now(),
        pending: true,
      };
      return write({ kind: 'assessment', body, view }, view);
    },
    async listAssessments(
      query: Range & { readonly instrument?: string },
    ): Promise<ApiResult<readonly Local<AssessmentView>[]>> {
      const range = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
      const server = await cachedList<AssessmentView>(
        'assessment',
        range,
        async () => {
          // The copy holds every instrument, so it is filled from the unfiltered list and filtered here.
          const r = await client.listAssessments(range);
          return r.ok ? { ok: true, value: r.value.assessments } : r;
        },
        (a) => keys.assessment(a.date, a.id),
      );
      if (!server.ok) return server;
      const mine =
        query.instrument === undefined ? server.value : server.value.filter((a) => a.instrument === query.instrument);
      return { ok: true, value: overlayAssessments(mine, await syncer.entries(), query.instrument) };
    },

    /** A red-flag event: kept on the device at once, and sent when it can be. */
    recordEvent(body: EventBody & { readonly id: string }): Promise<ApiResult<Written<EventBody>>> {
      return write({ kind: 'event', body }, body);
    },
    /** Undo of an event tapped by mistake: replaces the event while it is unsent, and is sent in any case. */
    deleteEvent(id: string): Promise<ApiResult<Written<{ readonly id: string }>>> {
      return write({ kind: 'event-delete', id }, { id });
    },
    /** Every red-flag event (the server keeps a bounded list), with unsent ones and unsent undos laid over it. */
    async listEvents(): Promise<ApiResult<readonly Local<RedFlagEvent>[]>> {
      const server = await cached('events', client.listEvents);
      if (!server.ok) return server;
      return { ok: true, value: overlayEvents(server.value.events, await syncer.entries()) };
    },

    /** Reads that need no merging: kept as the server last said them. */
    plan: () => cached('plan', client.getPlan),
    mySymptoms: () => cached('my-symptoms', client.mySymptoms),
    assessmentPrompt: () => cached('assessment-prompt', client.assessmentPrompt),
    instruments: () => cached('instruments', client.instruments),
    medications: () => cached('medications', client.medications),
    redFlags: () => cached('red-flags', client.redFlags),
    adherence: (range: Range) =>
      cached(`adherence/${range.from ?? ''}/${range.to ?? ''}`, () => client.adherence(range)),
  };
}

export type Records = ReturnType<typeof createRecords>;
