/**
 * What the screens use to read and write a person's records, offline first. Writes go to the device's
 * outbox and are then sent; reads ask the server and keep a copy, and when the server cannot be reached
 * they answer from that copy. Either way, entries not yet sent are laid over the answer, so what the
 * person recorded is always on screen, with a mark when it has not reached their account yet.
 */
import type { ApiFailure, ApiResult } from '../../api/api-result.js';
import type { AssessmentBody, AssessmentView, InstrumentView } from '../../api/assessment-schemas.js';
import type { DoseBody, DoseView } from '../../api/dose-schemas.js';
import type { HoldBody, PlanInputBody, SavedPlan } from '../../api/plan-schemas.js';
import type { Checkin, CheckinBody, EventBody, OwnSymptomBody, RedFlagEvent } from '../../api/schemas.js';
import { scoreInstrument } from '../../core/index.js';
import { cacheKeys as keys, type Range } from './cache-keys.js';
import type { ApiClient } from './http-client.js';
import type { KeyRange, LocalStore } from './local-store.js';
import {
  checkinValue,
  overlayAssessments,
  overlayCheckins,
  overlayDoses,
  overlayEvents,
  pendingCheckin,
  type Local,
  type OutboxEntry,
  type OutboxOp,
} from './outbox.js';
import type { Answer, DrainReport, Syncer } from './sync.js';

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

/** What became of a write: sent (with the server's answer), kept on the device to send later, or not. */
type Delivery =
  | { readonly state: 'sent'; readonly answer: Answer }
  | { readonly state: 'kept' }
  | { readonly state: 'refused'; readonly error: ApiFailure }
  | { readonly state: 'signed-out' }
  | { readonly state: 'not-kept'; readonly error: ApiFailure };

/** Reads an entry's fate from the run that the write waited on (none if the server was too slow). */
function deliveryOf(seq: number, report: DrainReport | undefined): Delivery {
  const sent = report?.done.find((d) => d.seq === seq);
  if (sent) return { state: 'sent', answer: sent.answer };
  const refused = report?.rejected.find((d) => d.seq === seq)?.answer.result;
  // Shown where it was made, so the person can fix it; the entry itself stays listed (with a Remove button)
  // until they remove it, in case they have already left that screen.
  if (refused && !refused.ok) return { state: 'refused', error: refused.error };
  if (report?.state === 'signed-out') return { state: 'signed-out' };
  return { state: 'kept' };
}

/** A write's fate as the screen that made it reads it; `value` is what was recorded. */
function written<T>(delivery: Delivery, value: Local<T>): ApiResult<Written<T>> {
  switch (delivery.state) {
    case 'sent':
      return { ok: true, value: { value, synced: true } };
    case 'kept':
      return { ok: true, value: { value: { ...value, pending: true as const }, synced: false } };
    case 'refused':
    case 'not-kept':
      return { ok: false, error: delivery.error };
    case 'signed-out':
      return { ok: false, error: { code: 'unauthenticated', message: 'Signed out', status: 401 } };
  }
}

export function createRecords(deps: RecordsDeps) {
  const { client, store, syncer } = deps;
  let accountId: string | undefined;
  const quietly = (work: Promise<unknown>) => work.catch(() => undefined);

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
    range: KeyRange,
    fetch: () => Promise<ApiResult<readonly T[]>>,
    keyOf: (item: T) => string,
  ): Promise<ApiResult<readonly T[]> & { readonly fromDevice?: boolean }> {
    const result = await fetch();
    const account = accountId;
    if (account === undefined) return result;
    if (result.ok) {
      const fresh = result.value.map((item) => [keyOf(item), item] as const);
      await quietly(store.cacheReplaceRange(account, range, fresh));
      return result;
    }
    if (!unreachable(result.error)) return result;
    const kept = (await store.cacheRange(account, range).catch(() => [])) as T[];
    return { ok: true, value: kept, fromDevice: true };
  }

  /**
   * Queues a write and gives the server a moment to take it, so the common online case says "Saved". The
   * answer comes back in the run's report, beside the entry it belongs to.
   */
  async function deliver(op: OutboxOp): Promise<Delivery> {
    let entry: OutboxEntry;
    try {
      entry = await syncer.enqueue(op, deps.now());
    } catch (cause) {
      // No account yet, or the device refused to store it: say so rather than pretend it was kept.
      return { state: 'not-kept', error: { code: 'internal', message: String(cause), status: 0 } };
    }
    const report = await Promise.race([syncer.syncNow(), deps.wait(deps.patienceMs).then(() => undefined)]);
    return deliveryOf(entry.seq, report);
  }

  async function write<T>(op: OutboxOp, value: Local<T>): Promise<ApiResult<Written<T>>> {
    return written(await deliver(op), value);
  }

  /** A plan write (online only, it needs the server to compute): the saved plan is kept as the copy at once. */
  async function planWrite(result: Promise<ApiResult<SavedPlan>>): Promise<ApiResult<SavedPlan>> {
    const settled = await result;
    const account = accountId;
    if (settled.ok && account !== undefined) await quietly(store.cachePut(account, 'plan', settled.value));
    return settled;
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
    /** Sends what waits now (on `online`, on returning to the app, or when the person asks). */
    syncNow: () => syncer.syncNow(),
    /** Where sending stands, for the status panel and for screens that refresh when entries leave the queue. */
    status: () => syncer.status(),
    subscribe: (listener: Parameters<Syncer['subscribe']>[0]) => syncer.subscribe(listener),
    /** This account's entries still on the device (waiting or refused). */
    entries: () => syncer.entries(),
    /** Removes an entry the person chose to discard (a refused one). */
    discard: (seq: number) => syncer.discard(seq),
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
    async saveCheckin(
      date: string,
      body: CheckinBody & { readonly editedAt: string },
    ): Promise<ApiResult<Written<Checkin>>> {
      const op = { kind: 'checkin', date, body } as const;
      const delivery = await deliver(op);
      // Another device's later edit stands; this one is kept in the day's history.
      if (delivery.state === 'sent' && delivery.answer.laterEdit)
        return { ok: true, value: { value: delivery.answer.laterEdit, synced: true, superseded: true } };
      return written(delivery, checkinValue(op));
    },
    async listCheckins(range: Range): Promise<ApiResult<readonly Local<Checkin>[]>> {
      const server = await cachedList<Checkin>(
        keys.range('checkin', range),
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
        keys.range('dose', range),
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
      const value: DoseView = {
        id: body.id,
        date: body.date,
        takenAt: body.takenAt,
        medicationId: body.medicationId ?? null,
        doseMg: body.doseMg,
        form: body.form ?? null,
        note: body.note ?? '',
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
      const view: AssessmentView = {
        id: body.id,
        instrument: body.instrument,
        date: body.date,
        answers: body.answers,
        unscored: body.unscored ?? {},
        ...scored.value,
        createdAt: deps.now(),
      };
      return write({ kind: 'assessment', body, view }, view);
    },
    async listAssessments(
      query: Range & { readonly instrument?: string },
    ): Promise<ApiResult<readonly Local<AssessmentView>[]>> {
      const range = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
      const server = await cachedList<AssessmentView>(
        keys.range('assessment', range),
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

    /**
     * Writes that need the server there and then (it computes the plan; symptom settings shape the next
     * screens): no outbox, the screen shows the server's answer.
     */
    previewPlan: (input: PlanInputBody) => client.previewPlan(input),
    savePlan: (input: PlanInputBody) => planWrite(client.savePlan(input)),
    addHold: (hold: HoldBody) => planWrite(client.addHold(hold)),
    confirmEvent: (id: string) => client.confirmEvent(id),
    pinSymptom: (id: string, pinned: boolean) => client.pinSymptom(id, pinned),
    addOwnSymptom: (body: OwnSymptomBody) => client.addOwnSymptom(body),
    retireOwnSymptom: (id: string) => client.retireOwnSymptom(id),
    /** Addresses of calendar files, for download links. */
    planCalendarUrl: (reminder: boolean) => client.planCalendarUrl(reminder),
    remindersCalendarUrl: (checkinTime: string, doseTimes: readonly string[]) =>
      client.remindersCalendarUrl(checkinTime, doseTimes),

    /** Reads that need no merging: kept as the server last said them. */
    plan: () => cached('plan', client.getPlan),
    mySymptoms: () => cached('my-symptoms', client.mySymptoms),
    assessmentPrompt: () => cached('assessment-prompt', client.assessmentPrompt),
    instruments: () => cached('instruments', client.instruments),
    medications: () => cached('medications', client.medications),
    redFlags: () => cached('red-flags', client.redFlags),
    adherence: (range: Range) =>
      cached(`adherence/${range.from ?? ''}/${range.to ?? ''}`, () => client.adherence(range)),
    /** Insights: computed by the server; the last answer is kept so an offline visit still shows it. */
    insightsPhase: (date: string) => cached(`insights/phase/${date}`, () => client.insightsPhase(date)),
    insightsTrends: (range: { from: string; to: string }) =>
      cached(`insights/trends/${range.from}/${range.to}`, () => client.insightsTrends(range)),
    insightsCuts: () => cached('insights/cuts', client.insightsCuts),
    /** Readiness before a cut: asked afresh each time (a kept answer could be about a cut that has moved). */
    insightsReadiness: (date: string) => client.insightsReadiness(date),
  };
}

export type Records = ReturnType<typeof createRecords>;
