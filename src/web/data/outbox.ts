/**
 * The outbox: every check-in, dose, questionnaire result and red-flag event is written on the device
 * first and queued here, then sent. This file is the pure part (what an entry is, which entries a new
 * one replaces, how a reply is judged, how long to wait before retrying, and how queued entries are
 * shown on top of what the server last said); the IndexedDB adapter and the sync loop use it.
 */
import type { ApiFailure, ApiResult } from '../../api/api-result.js';
import type { AssessmentBody, AssessmentView } from '../../api/assessment-schemas.js';
import type { DoseBody, DoseView } from '../../api/dose-schemas.js';
import type { Checkin, CheckinBody, EventBody, RedFlagEvent } from '../../api/schemas.js';

type WithId<T> = T & { readonly id: string };

/** What is waiting to be sent. Every kind is idempotent on the server, so a replay never duplicates. */
export type OutboxOp =
  | { readonly kind: 'checkin'; readonly date: string; readonly body: CheckinBody & { readonly editedAt: string } }
  | { readonly kind: 'dose'; readonly body: WithId<DoseBody> }
  | { readonly kind: 'dose-delete'; readonly id: string; readonly date: string }
  | { readonly kind: 'assessment'; readonly body: WithId<AssessmentBody>; readonly view: AssessmentView }
  | { readonly kind: 'event'; readonly body: WithId<EventBody> }
  /** The undo of a red-flag event tapped by mistake. */
  | { readonly kind: 'event-delete'; readonly id: string };

/** A failure the server will give again however often it is retried; kept and shown, never dropped silently. */
export interface Rejection {
  readonly code: ApiFailure['code'];
  readonly message: string;
  readonly field?: string;
}

export interface OutboxEntry {
  /** Queue order; entries are sent oldest first so a dose is always sent before its undo. */
  readonly seq: number;
  readonly accountId: string;
  readonly op: OutboxOp;
  readonly queuedAt: string;
  readonly attempts: number;
  readonly rejected?: Rejection;
}

export type NewOutboxEntry = Omit<OutboxEntry, 'seq'>;

/**
 * Which queued entries a new one makes pointless: undoing a dose (or a red-flag event) replaces its unsent entry (the undo
 * itself is still queued: the dose may already have reached the server on an attempt whose reply was lost,
 * and deleting an id the server never saw is harmless). Edits of a day's check-in are all kept and sent in
 * order, even from two tabs: the server keeps each earlier edit as a version, so none is silently dropped.
 * The one exception: a new edit of a day replaces an edit of that day the server refused, since the person
 * has saved the whole day again.
 */
export function replacedBy(queued: readonly OutboxEntry[], op: OutboxOp): number[] {
  return queued
    .filter(({ op: old, rejected }) => {
      if (op.kind === 'dose-delete') return !rejected && old.kind === 'dose' && old.body.id === op.id;
      if (op.kind === 'event-delete') return !rejected && old.kind === 'event' && old.body.id === op.id;
      if (op.kind === 'checkin') return rejected !== undefined && old.kind === 'checkin' && old.date === op.date;
      return false;
    })
    .map((entry) => entry.seq);
}

export type SendOutcome =
  | { readonly kind: 'done' }
  /** Worth trying again later: no connection, a server error, or too many requests. */
  | { readonly kind: 'retry'; readonly reason: string }
  /** The session has ended: stop, keep everything, and send it after the person signs in again. */
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'rejected'; readonly rejection: Rejection };

export function judge(op: OutboxOp, result: ApiResult<unknown>): SendOutcome {
  if (result.ok) return { kind: 'done' };
  const { code, status, message, field } = result.error;
  if (code === 'unauthenticated') return { kind: 'signed-out' };
  // Gone already: an earlier attempt deleted it, or it never reached the server.
  if ((op.kind === 'dose-delete' || op.kind === 'event-delete') && code === 'not_found') return { kind: 'done' };
  if (code === 'network_error' || code === 'rate_limited' || code === 'csrf_failed' || status >= 500 || status === 0) {
    return { kind: 'retry', reason: code };
  }
  return { kind: 'rejected', rejection: { code, message, ...(field === undefined ? {} : { field }) } };
}

/** First retry after about 2 s, doubling to at most 5 minutes; jitter (random in [0, 1)) spreads devices apart. */
export const RETRY_BASE_MS = 2_000;
export const RETRY_MAX_MS = 5 * 60_000;

export function retryDelayMs(failures: number, random: number): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, Math.min(failures - 1, 20)));
  return Math.round(ceiling * (0.5 + random / 2));
}

/** A record as the screens show it: what the server said, or what is waiting to be sent. */
export type Local<T> = T & { readonly pending?: true };

const live = (entries: readonly OutboxEntry[]) => [...entries].filter((e) => !e.rejected).sort((a, b) => a.seq - b.seq);

type CheckinOp = Extract<OutboxOp, { kind: 'checkin' }>;

/** A day's check-in edit shaped like the server's answer. */
export function checkinValue({ date, body }: CheckinOp): Checkin {
  return {
    date,
    symptoms: { ...body.symptoms },
    sleepHours: body.sleepHours ?? null,
    doseMg: body.doseMg ?? null,
    note: body.note ?? '',
    tags: [...(body.tags ?? [])],
    updatedAt: body.editedAt,
    editedAt: body.editedAt,
  };
}

/** An unsent edit of a day's check-in, as the screens show it. */
export function checkinOf(op: CheckinOp): Local<Checkin> {
  return { ...checkinValue(op), pending: true };
}

/** The latest unsent edit of a day's check-in. */
export function pendingCheckin(entries: readonly OutboxEntry[], date: string): Local<Checkin> | undefined {
  const latest = live(entries)
    .map((e) => e.op)
    .filter((op): op is CheckinOp => op.kind === 'checkin' && op.date === date)
    .at(-1);
  return latest && checkinOf(latest);
}

const inRange = (date: string, range: { from?: string; to?: string }) =>
  (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);

/** The server's check-ins with unsent edits laid over them, newest day first (as the server orders them). */
export function overlayCheckins(
  server: readonly Checkin[],
  entries: readonly OutboxEntry[],
  range: { from?: string; to?: string },
): Local<Checkin>[] {
  const byDate = new Map<string, Local<Checkin>>(server.map((c) => [c.date, c]));
  // Oldest first, so the latest unsent edit of a day is the one left standing.
  for (const { op } of live(entries))
    if (op.kind === 'checkin' && inRange(op.date, range)) byDate.set(op.date, checkinOf(op));
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The server's doses plus unsent ones, minus unsent undos, oldest first (as the server orders them). */
export function overlayDoses(
  server: readonly DoseView[],
  entries: readonly OutboxEntry[],
  range: { from?: string; to?: string },
): Local<DoseView>[] {
  const byId = new Map<string, Local<DoseView>>(server.map((d) => [d.id, d]));
  for (const { op } of live(entries)) {
    if (op.kind === 'dose' && inRange(op.body.date, range)) {
      const { id, date, takenAt, medicationId, doseMg, form, note } = op.body;
      byId.set(id, {
        id,
        date,
        takenAt,
        medicationId: medicationId ?? null,
        doseMg,
        form: form ?? null,
        note: note ?? '',
        pending: true,
      });
    }
    if (op.kind === 'dose-delete') byId.delete(op.id);
  }
  const at = (d: DoseView) => new Date(d.takenAt).getTime();
  // A stable sort: doses at the same moment keep the server's order (the order logged), then the queue's.
  return [...byId.values()].sort((a, b) => at(a) - at(b));
}

/** The server's results plus unsent ones, newest date first. */
export function overlayAssessments(
  server: readonly AssessmentView[],
  entries: readonly OutboxEntry[],
  instrument: string | undefined,
): Local<AssessmentView>[] {
  const byId = new Map<string, Local<AssessmentView>>(server.map((a) => [a.id, a]));
  for (const { op } of live(entries)) {
    if (op.kind === 'assessment' && (instrument === undefined || op.view.instrument === instrument))
      byId.set(op.view.id, { ...op.view, pending: true });
  }
  return [...byId.values()].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : b.createdAt.localeCompare(a.createdAt),
  );
}

/** The server's red-flag events plus unsent ones, minus unsent undos, newest first (as the server orders them). */
export function overlayEvents(server: readonly RedFlagEvent[], entries: readonly OutboxEntry[]): Local<RedFlagEvent>[] {
  const byId = new Map<string, Local<RedFlagEvent>>(server.map((e) => [e.id, e]));
  for (const { op, queuedAt } of live(entries)) {
    if (op.kind === 'event') {
      const { id, kind, occurredAt, note } = op.body;
      byId.set(id, { id, kind, occurredAt, note: note ?? '', createdAt: queuedAt, confirmedAt: null, pending: true });
    }
    if (op.kind === 'event-delete') byId.delete(op.id);
  }
  const at = (e: RedFlagEvent) => new Date(e.occurredAt).getTime();
  return [...byId.values()].sort((a, b) => at(b) - at(a));
}
