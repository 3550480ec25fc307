import { describe, expect, it } from 'vitest';
import type { DoseView } from '../../api/dose-schemas.js';
import type { Checkin } from '../../api/schemas.js';
import {
  judge,
  overlayCheckins,
  overlayDoses,
  overlayEvents,
  pendingCheckin,
  replacedBy,
  retryDelayMs,
  RETRY_MAX_MS,
  type OutboxEntry,
  type OutboxOp,
} from './outbox.js';

let seq = 0;
const entry = (op: OutboxOp, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  seq: ++seq,
  accountId: 'a',
  op,
  queuedAt: 't',
  attempts: 0,
  ...extra,
});
const checkinOp = (date: string, note: string, editedAt = '2026-11-20T10:00:00Z'): OutboxOp => ({
  kind: 'checkin',
  date,
  body: { symptoms: { tremor: 2 }, note, editedAt },
});
const doseOp = (id: string, date = '2026-11-20', takenAt = '2026-11-20T08:00:00Z'): OutboxOp => ({
  kind: 'dose',
  body: { id, date, takenAt, doseMg: 0.5 },
});
const serverDose = (id: string, takenAt: string): DoseView => ({
  id,
  date: '2026-11-20',
  takenAt,
  medicationId: null,
  doseMg: 1,
  form: null,
  note: '',
});

describe('replacedBy', () => {
  it('keeps every edit of a day, so the server can keep the earlier ones as versions, but replaces a refused one', () => {
    const same = entry(checkinOp('2026-11-20', 'old'));
    const refused = entry(checkinOp('2026-11-20', 'refused'), { rejected: { code: 'date_in_future', message: 'x' } });
    const otherDay = entry(checkinOp('2026-11-19', 'refused'), { rejected: { code: 'date_in_future', message: 'x' } });
    expect(replacedBy([same, refused, otherDay], checkinOp('2026-11-20', 'new'))).toEqual([refused.seq]);
  });

  it('drops an unsent dose when it is undone, and keeps everything when a dose is added', () => {
    const queued = entry(doseOp('d1'));
    const refused = entry(doseOp('d1'), { rejected: { code: 'date_in_future', message: 'x' } });
    expect(replacedBy([queued, refused], { kind: 'dose-delete', id: 'd1', date: '2026-11-20' })).toEqual([queued.seq]);
    expect(replacedBy([queued], doseOp('d2'))).toEqual([]);
  });
});

describe('judge', () => {
  const fail = (
    code: 'network_error' | 'not_found' | 'invalid_input' | 'internal' | 'unauthenticated' | 'rate_limited',
    status: number,
  ) => ({ ok: false, error: { code, message: code, status } }) as const;

  it('retries what may work later, stops when signed out, and refuses what never will', () => {
    const op = doseOp('d');
    expect(judge(op, { ok: true, value: {} }).kind).toBe('done');
    expect(judge(op, fail('network_error', 0)).kind).toBe('retry');
    expect(judge(op, fail('internal', 500)).kind).toBe('retry');
    expect(judge(op, fail('rate_limited', 429)).kind).toBe('retry');
    expect(judge(op, fail('unauthenticated', 401)).kind).toBe('signed-out');
    expect(judge(op, fail('invalid_input', 400))).toEqual({
      kind: 'rejected',
      rejection: { code: 'invalid_input', message: 'invalid_input' },
    });
  });

  it('counts deleting a dose the server does not have as done', () => {
    expect(judge({ kind: 'dose-delete', id: 'd', date: '2026-11-20' }, fail('not_found', 404)).kind).toBe('done');
    expect(judge(doseOp('d'), fail('not_found', 404)).kind).toBe('rejected');
  });
});

describe('retryDelayMs', () => {
  it('doubles from about 2 s, with jitter between half and all of the step, up to 5 minutes', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, 0.999_999))).toEqual([2000, 4000, 8000]);
    expect(retryDelayMs(1, 0)).toBe(1000);
    expect(retryDelayMs(50, 0.999_999)).toBe(RETRY_MAX_MS);
  });
});

describe('overlays', () => {
  it('shows the latest unsent edit of a day instead of the server’s, marked pending', () => {
    const entries = [entry(checkinOp('2026-11-20', 'first')), entry(checkinOp('2026-11-20', 'second'))];
    expect(pendingCheckin(entries, '2026-11-20')).toMatchObject({
      note: 'second',
      pending: true,
      symptoms: { tremor: 2 },
    });
    expect(pendingCheckin(entries, '2026-11-21')).toBeUndefined();
    const server: Checkin[] = [
      {
        date: '2026-11-20',
        symptoms: {},
        sleepHours: null,
        doseMg: null,
        note: 'server',
        tags: [],
        updatedAt: 'u',
        editedAt: 'e',
      },
      {
        date: '2026-11-18',
        symptoms: {},
        sleepHours: null,
        doseMg: null,
        note: 'older',
        tags: [],
        updatedAt: 'u',
        editedAt: 'e',
      },
    ];
    const merged = overlayCheckins(
      server,
      [...entries, entry(checkinOp('2026-11-19', 'middle')), entry(checkinOp('2026-12-01', 'out of range'))],
      { to: '2026-11-30' },
    );
    expect(merged.map((c) => [c.date, c.note])).toEqual([
      ['2026-11-20', 'second'],
      ['2026-11-19', 'middle'],
      ['2026-11-18', 'older'],
    ]);
  });

  it('adds unsent doses in time order and hides undone ones', () => {
    const server = [serverDose('s1', '2026-11-20T07:00:00Z'), serverDose('s2', '2026-11-20T12:00:00Z')];
    const entries = [
      entry(doseOp('p1', '2026-11-20', '2026-11-20T09:00:00+01:00')),
      entry({ kind: 'dose-delete', id: 's2', date: '2026-11-20' }),
      entry(doseOp('p2', '2026-11-21')),
    ];
    const merged = overlayDoses(server, entries, { from: '2026-11-20', to: '2026-11-20' });
    expect(merged.map((d) => [d.id, d.pending ?? false])).toEqual([
      ['s1', false],
      ['p1', true],
    ]);
  });
});

describe('red-flag events and their undo', () => {
  const eventOp = (id: string, occurredAt: string): OutboxOp => ({
    kind: 'event',
    body: { id, kind: 'seizure', occurredAt },
  });
  const serverEvent = (id: string, occurredAt: string) => ({
    id,
    kind: 'confusion',
    occurredAt,
    note: '',
    createdAt: occurredAt,
    confirmedAt: null,
  });

  it('drops an unsent event when it is undone (the undo is still queued), never a refused one', () => {
    const queued = entry(eventOp('e1', '2026-11-20T08:00:00Z'));
    const refused = entry(eventOp('e1', '2026-11-20T08:00:00Z'), { rejected: { code: 'invalid_input', message: 'x' } });
    const other = entry(eventOp('e2', '2026-11-20T08:00:00Z'));
    expect(replacedBy([queued, refused, other], { kind: 'event-delete', id: 'e1' })).toEqual([queued.seq]);
  });

  it('takes an undo the server no longer finds as done, and keeps a refusal', () => {
    const fail = (code: 'not_found' | 'invalid_input', status: number) =>
      ({ ok: false, error: { code, message: 'x', status } }) as const;
    expect(judge({ kind: 'event-delete', id: 'e1' }, fail('not_found', 404)).kind).toBe('done');
    expect(judge({ kind: 'event-delete', id: 'e1' }, fail('invalid_input', 400)).kind).toBe('rejected');
  });

  it('lays unsent events over the server’s, newest first, and hides undone ones', () => {
    const server = [serverEvent('s2', '2026-11-21T08:00:00Z'), serverEvent('s1', '2026-11-19T08:00:00Z')];
    const merged = overlayEvents(server, [
      entry(eventOp('p1', '2026-11-20T09:00:00+01:00')),
      entry({ kind: 'event-delete', id: 's2' }),
      entry(eventOp('p2', '2026-11-22T08:00:00Z'), { rejected: { code: 'invalid_input', message: 'x' } }),
    ]);
    expect(merged.map((e) => [e.id, e.kind, e.pending ?? false])).toEqual([
      ['p1', 'seizure', true],
      ['s1', 'confusion', false],
    ]);
  });
});
