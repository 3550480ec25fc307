import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SHARE_USES_KEPT, type CheckinRecord, type Intake } from '../core/index.js';
import { migrateToLatest, type OpenDatabase } from './database.js';
import { createStore, type Store } from './store.js';
import { TEST_DATABASES } from './test-databases.js';

const NOW = '2026-11-25T10:00:00.000Z';
const LATER = '2026-11-25T11:00:00.000Z';
const SEIZURE = {
  id: 'e1',
  kind: 'seizure',
  occurredAt: '2026-11-20T08:00:00.000Z',
  occurredOn: '2026-11-19',
  note: '',
  createdAt: NOW,
};

function record(date: string, overrides: Partial<CheckinRecord> = {}): CheckinRecord {
  return {
    date,
    severities: [
      { symptomId: 'tremor', severity: 2 },
      { symptomId: 'twitching', severity: 1 },
    ],
    sleepMinutes: 390,
    doseMicrograms: 1250,
    note: 'a note',
    tags: ['caffeine', 'stress'],
    ...overrides,
  };
}

const loggedDose = (id: string, date: string, ug: number, medicationId: string | null): Intake => ({
  id,
  date,
  takenAt: `${date}T08:00:00.000Z`,
  medicationId,
  doseMicrograms: ug,
  form: null,
  note: 'x'.repeat(2000),
});

describe.each(TEST_DATABASES)('store contract on $name', (kind) => {
  let database: OpenDatabase;
  let dispose: () => Promise<void>;
  let store: Store;
  let counter = 0;
  const ids = () => `row-${++counter}`;

  beforeEach(async () => {
    ({ database, dispose } = await kind.open());
    store = createStore(database.db);
    await store.users.create({ id: 'u1', email: 'one@example.org', loginKey: 'k1', createdAt: NOW });
    await store.users.create({ id: 'u2', email: 'two@example.org', loginKey: 'k2', createdAt: NOW });
  });
  afterEach(() => dispose());

  it('migrating again applies nothing and keeps data', async () => {
    expect(await migrateToLatest(database)).toEqual([]);
    expect(await store.users.findById('u1')).toMatchObject({ email: 'one@example.org' });
  });

  it('stores a check-in exactly, and replaces it in place', async () => {
    const first = await store.checkins.put('u1', ids, record('2026-11-20'), { now: NOW, editedAt: NOW });
    expect(first).toEqual({
      current: { ...record('2026-11-20'), createdAt: NOW, updatedAt: NOW, editedAt: NOW },
      superseded: false,
      change: 'created',
    });
    expect(await store.checkins.get('u1', '2026-11-20')).toEqual(first.current);

    const replacement = record('2026-11-20', {
      severities: [{ symptomId: 'dizziness', severity: 3 }],
      sleepMinutes: null,
      doseMicrograms: 125,
      note: '',
    });
    const second = await store.checkins.put('u1', ids, replacement, { now: LATER, editedAt: LATER });
    expect(second).toEqual({
      current: { ...replacement, createdAt: NOW, updatedAt: LATER, editedAt: LATER },
      superseded: false,
      change: 'replaced',
    });
    expect(await store.checkins.get('u1', '2026-11-20')).toEqual(second.current);
    expect(await store.checkins.versions('u1', '2026-11-20')).toEqual([
      { record: record('2026-11-20'), editedAt: NOW, supersededAt: LATER },
    ]);
    expect(await store.checkins.list('u1', {})).toHaveLength(1);
  });

  it('never shows or deletes one person’s check-ins to another', async () => {
    await store.checkins.put('u1', ids, record('2026-11-20'), { now: NOW, editedAt: NOW });
    expect(await store.checkins.get('u2', '2026-11-20')).toBeUndefined();
    expect(await store.checkins.list('u2', {})).toEqual([]);
    expect(await store.checkins.delete('u2', '2026-11-20')).toBe(false);
    expect(await store.checkins.get('u1', '2026-11-20')).toBeDefined();
    // The same date for another person is a separate row.
    await store.checkins.put('u2', ids, record('2026-11-20', { note: 'mine' }), { now: NOW, editedAt: NOW });
    expect((await store.checkins.get('u1', '2026-11-20'))?.note).toBe('a note');
  });

  it('lists check-ins newest first within a date range', async () => {
    for (const date of ['2026-11-01', '2026-11-10', '2026-11-05', '2026-10-31']) {
      await store.checkins.put('u1', ids, record(date), { now: NOW, editedAt: NOW });
    }
    const dates = (list: { date: string }[]) => list.map((c) => c.date);
    expect(dates(await store.checkins.list('u1', {}))).toEqual([
      '2026-11-10',
      '2026-11-05',
      '2026-11-01',
      '2026-10-31',
    ]);
    expect(dates(await store.checkins.list('u1', { from: '2026-11-01', to: '2026-11-05' }))).toEqual([
      '2026-11-05',
      '2026-11-01',
    ]);
  });

  it('deletes a check-in', async () => {
    await store.checkins.put('u1', ids, record('2026-11-20'), { now: NOW, editedAt: NOW });
    expect(await store.checkins.delete('u1', '2026-11-20')).toBe(true);
    expect(await store.checkins.get('u1', '2026-11-20')).toBeUndefined();
    expect(await database.db.selectFrom('checkins').selectAll().execute()).toEqual([]);
  });

  it('records red-flag events per person, newest first', async () => {
    await store.events.create('u1', {
      id: 'e1',
      kind: 'seizure',
      occurredAt: '2026-11-20T08:00:00.000Z',
      occurredOn: '2026-11-20',
      note: '',
      createdAt: NOW,
    });
    await store.events.create('u1', {
      id: 'e2',
      kind: 'confusion',
      occurredAt: '2026-11-21T08:00:00.000Z',
      occurredOn: '2026-11-21',
      note: 'x',
      createdAt: NOW,
    });
    expect((await store.events.list('u1')).map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(await store.events.list('u2')).toEqual([]);
  });

  it('reads the events of a range of the person’s days, by their own day, and only the owner’s', async () => {
    const event = (id: string, occurredAt: string, occurredOn: string | null) => ({
      id,
      kind: 'seizure',
      occurredAt,
      occurredOn,
      note: '',
      createdAt: NOW,
    });
    // Late on the 19th at UTC-5 is already the 20th in UTC; early on the 20th (or 22nd) further east is still the
    // 19th (or 21st) in UTC. A row from before `occurredOn` was kept counts by its UTC day.
    await store.events.create('u1', event('before', '2026-11-20T03:00:00.000Z', '2026-11-19'));
    await store.events.create('u1', event('first', '2026-11-19T20:00:00.000Z', '2026-11-20'));
    await store.events.create('u1', event('old-row', '2026-11-21T08:00:00.000Z', null));
    await store.events.create('u1', event('last', '2026-11-21T20:00:00.000Z', '2026-11-22'));
    await store.events.create('u1', event('after', '2026-11-22T20:00:00.000Z', '2026-11-23'));
    await store.events.create('u2', event('other', '2026-11-21T09:00:00.000Z', '2026-11-21'));
    const ids = async (from: string, to: string) => (await store.events.between('u1', { from, to })).map((e) => e.id);
    expect(await ids('2026-11-20', '2026-11-22')).toEqual(['last', 'old-row', 'first']);
    expect(await ids('2026-11-21', '2026-11-21')).toEqual(['old-row']);
    expect(await ids('2026-11-24', '2026-11-30')).toEqual([]);
    expect(await store.events.between('u2', { from: '2026-11-20', to: '2026-11-22' })).toMatchObject([
      { id: 'other', occurredOn: '2026-11-21', note: '', confirmedAt: null },
    ]);
  });

  it('stores red-flag events idempotently by id, refusing another person’s id', async () => {
    const e = SEIZURE;
    const stored = { ...e, confirmedAt: null };
    expect(await store.events.create('u1', e)).toEqual({ status: 'created', event: stored });
    expect(await store.events.create('u1', { ...e, note: 'retry', createdAt: LATER })).toEqual({
      status: 'existing',
      event: stored,
    });
    expect(await store.events.create('u2', { ...e, kind: 'confusion' })).toBe('taken');
    expect(await store.events.list('u1')).toEqual([stored]);
    expect(await store.events.list('u2')).toEqual([]);
  });

  it('confirms an event once, for its owner only', async () => {
    const e = SEIZURE;
    await store.events.create('u1', e);
    expect(await store.events.confirm('u2', 'e1', NOW)).toBeUndefined();
    expect(await store.events.list('u1')).toEqual([{ ...e, confirmedAt: null }]);
    expect(await store.events.confirm('u1', 'e1', NOW)).toEqual({ ...e, confirmedAt: NOW });
    expect(await store.events.confirm('u1', 'e1', LATER)).toEqual({ ...e, confirmedAt: NOW });
    expect(await store.events.confirm('u1', 'nope', NOW)).toBeUndefined();
    expect(await store.events.create('u1', e)).toEqual({ status: 'existing', event: { ...e, confirmedAt: NOW } });
  });

  it('deletes an event for its owner only', async () => {
    const e = SEIZURE;
    await store.events.create('u1', e);
    expect(await store.events.delete('u2', 'e1')).toBe(false);
    expect(await store.events.list('u1')).toEqual([{ ...e, confirmedAt: null }]);
    expect(await store.events.delete('u1', 'nope')).toBe(false);
    expect(await store.events.delete('u1', 'e1')).toBe(true);
    expect(await store.events.list('u1')).toEqual([]);
    expect(await store.events.forPauses('u1')).toEqual([]);
    expect(await store.events.delete('u1', 'e1')).toBe(false);
  });

  it('counts attempts in the database with a limiter', async () => {
    const limiter = await database.createLimiter({ name: 'contract', points: 2, durationSeconds: 60 });
    await limiter.consume('k');
    await limiter.consume('k');
    await expect(limiter.consume('k')).rejects.toMatchObject({ remainingPoints: 0 });
    await limiter.delete('k');
    await expect(limiter.consume('k')).resolves.toMatchObject({ remainingPoints: 1 });
  });

  it('stores assessments per person, idempotently by id', async () => {
    const a = {
      id: 'a1',
      instrument: 'bwsq',
      date: '2026-11-20',
      answers: [1, 0, 2],
      unscored: {},
      score: 3,
      band: null,
      createdAt: NOW,
    };
    expect(await store.assessments.create('u1', a)).toEqual({ status: 'created', assessment: a });
    expect(await store.assessments.create('u1', { ...a, score: 9 })).toEqual({ status: 'existing', assessment: a });
    expect(await store.assessments.create('u2', a)).toBe('taken');
    expect(await store.assessments.list('u2', {})).toEqual([]);
    expect(await store.assessments.list('u1', {}, 'ciwa-b')).toEqual([]);
    expect(await store.assessments.list('u1', { from: '2026-11-20', to: '2026-11-20' }, 'bwsq')).toEqual([a]);
  });

  it('lets the later edit of a day win and keeps the other as a version, whatever order they arrive in', async () => {
    const morning = record('2026-11-20', { note: 'edited on the phone at 08:00' });
    const evening = record('2026-11-20', { note: 'edited on the laptop at 20:00' });
    await store.checkins.put('u1', ids, evening, { now: NOW, editedAt: '2026-11-20T20:00:00.000Z' });
    // The phone was offline and syncs its older edit afterwards.
    const late = await store.checkins.put('u1', ids, morning, { now: LATER, editedAt: '2026-11-20T08:00:00.000Z' });
    expect(late.superseded).toBe(true);
    expect(late.current.note).toBe('edited on the laptop at 20:00');
    expect((await store.checkins.get('u1', '2026-11-20'))?.note).toBe('edited on the laptop at 20:00');
    expect(await store.checkins.versions('u1', '2026-11-20')).toEqual([
      { record: morning, editedAt: '2026-11-20T08:00:00.000Z', supersededAt: LATER },
    ]);
    // Replaying the current edit changes nothing and adds no version.
    await store.checkins.put('u1', ids, evening, { now: LATER, editedAt: '2026-11-20T20:00:00.000Z' });
    expect(await store.checkins.versions('u1', '2026-11-20')).toHaveLength(1);
    expect(await store.checkins.versions('u2', '2026-11-20')).toEqual([]);
  });

  it('two devices saving one day at once: every edit is kept, as the current day or as a version, none fails', async () => {
    // Regression: on PostgreSQL, edits of one new day at once both inserted (a unique violation, 500) and edits of
    // one existing day both replaced the same version (an edit lost from history).
    const edits = Array.from({ length: 12 }, (_, i) => ({
      record: record('2026-11-21', { note: `edit ${i}` }),
      editedAt: `2026-11-21T08:${String(i).padStart(2, '0')}:00.000Z`,
    }));
    await Promise.all(edits.map((e) => store.checkins.put('u1', ids, e.record, { now: NOW, editedAt: e.editedAt })));
    const current = await store.checkins.get('u1', '2026-11-21');
    expect(current?.note).toBe('edit 11');
    const versions = await store.checkins.versions('u1', '2026-11-21');
    expect(versions.map((v) => v.record.note).sort()).toEqual(
      edits
        .slice(0, -1)
        .map((e) => e.record.note)
        .sort(),
    );
  });

  it('two plan saves at once take revisions in turn, none fails', async () => {
    // Regression: on PostgreSQL both read the same last revision and the second insert broke the unique number.
    const saved = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.plans.saveRevision('u1', `plan-${i}`, { n: i }, NOW)),
    );
    expect(saved.map((r) => r.revision).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await store.plans.history('u1')).map((r) => r.revision)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('reads ratings in code-point order whatever order a row keeps them in', async () => {
    const day = record('2026-11-19', {
      severities: [
        { symptomId: 'tremor', severity: 2 },
        { symptomId: 'muscle-jerks', severity: 1 },
        { symptomId: 'muscle_pain', severity: 3 },
      ],
    });
    await store.checkins.put('u1', ids, day, { now: NOW, editedAt: NOW });
    // A row written in another order (as rows kept before the order was code points may be).
    await database.db
      .updateTable('checkins')
      .set({ severities: JSON.stringify({ tremor: 2, muscle_pain: 3, 'muscle-jerks': 1 }) })
      .where('user_id', '=', 'u1')
      .execute();
    const ordered = ['muscle-jerks', 'muscle_pain', 'tremor'];
    expect((await store.checkins.get('u1', '2026-11-19'))?.severities.map((s) => s.symptomId)).toEqual(ordered);
    const [listed] = await store.checkins.list('u1', {});
    expect(listed?.severities).toEqual([
      { symptomId: 'muscle-jerks', severity: 1 },
      { symptomId: 'muscle_pain', severity: 3 },
      { symptomId: 'tremor', severity: 2 },
    ]);
  });

  it('two edits made at the same moment: the same one is the day whichever arrives first, the other a version', async () => {
    const at = '2026-11-20T08:00:00.000Z';
    const [a, b] = [record('2026-11-20', { note: 'a' }), record('2026-11-21', { note: 'b' })];
    await store.checkins.put('u1', ids, a, { now: NOW, editedAt: at });
    await store.checkins.put('u1', ids, { ...record('2026-11-20'), note: 'b' }, { now: NOW, editedAt: at });
    await store.checkins.put('u1', ids, b, { now: NOW, editedAt: at });
    await store.checkins.put('u1', ids, { ...record('2026-11-21'), note: 'a' }, { now: NOW, editedAt: at });
    const days = await Promise.all(['2026-11-20', '2026-11-21'].map((d) => store.checkins.get('u1', d)));
    expect(days.map((d) => d?.note)).toEqual([days[0]?.note, days[0]?.note]);
    const versions = await store.checkins.versions('u1', '2026-11-21');
    expect(versions.map((v) => v.record.note)).toEqual([days[0]?.note === 'a' ? 'b' : 'a']);
  });

  it('keeps a replayed older edit once, and ignores a replay of the current content whatever its edit time', async () => {
    const evening = record('2026-11-20', { note: 'evening' });
    const morning = record('2026-11-20', { note: 'morning' });
    await store.checkins.put('u1', ids, evening, { now: NOW, editedAt: '2026-11-20T20:00:00.000Z' });
    await store.checkins.put('u1', ids, morning, { now: NOW, editedAt: '2026-11-20T08:00:00.000Z' });
    // The same older edit again, later, with its ratings in another order.
    const replay = await store.checkins.put(
      'u1',
      ids,
      { ...morning, severities: [...morning.severities].reverse() },
      { now: LATER, editedAt: '2026-11-20T08:00:00.000Z' },
    );
    expect(replay.superseded).toBe(true);
    expect(await store.checkins.versions('u1', '2026-11-20')).toEqual([
      { record: morning, editedAt: '2026-11-20T08:00:00.000Z', supersededAt: NOW },
    ]);
    // The same older content at another edit time is a different version.
    await store.checkins.put('u1', ids, morning, { now: LATER, editedAt: '2026-11-20T09:00:00.000Z' });
    expect(await store.checkins.versions('u1', '2026-11-20')).toHaveLength(2);
    // The current content, newer or older: nothing changes.
    const current = await store.checkins.get('u1', '2026-11-20');
    for (const editedAt of ['2026-11-20T21:00:00.000Z', '2026-11-20T07:00:00.000Z']) {
      expect(await store.checkins.put('u1', ids, evening, { now: LATER, editedAt })).toEqual({
        current,
        superseded: false,
        change: 'none',
      });
    }
    expect(await store.checkins.get('u1', '2026-11-20')).toEqual(current);
    expect(await store.checkins.versions('u1', '2026-11-20')).toHaveLength(2);
  });

  // Issue #9: what adherence reads is bounded by days, not by how much was logged on them.
  it('daily totals: one row per day and medicine, summed and counted, within the range and the owner only', async () => {
    const rows: [string, string, number, string | null][] = [
      ['a', '2026-11-20', 500, 'clonazepam'],
      ['b', '2026-11-20', 250, 'clonazepam'],
      ['c', '2026-11-20', 5000, 'diazepam'],
      ['d', '2026-11-21', 300, null],
      ['e', '2026-11-21', 200, null],
      ['f', '2026-11-22', 999, 'clonazepam'],
    ];
    for (const [id, date, ug, med] of rows) await store.intakes.create('u1', loggedDose(id, date, ug, med), NOW);
    await store.intakes.create('u2', loggedDose('g', '2026-11-20', 700, 'clonazepam'), NOW);
    const totals = await store.intakes.dailyTotals('u1', { from: '2026-11-20', to: '2026-11-21' });
    const sorted = [...totals].sort((x, y) =>
      `${x.date}${x.medicationId ?? ''}`.localeCompare(`${y.date}${y.medicationId ?? ''}`),
    );
    expect(sorted).toEqual([
      { date: '2026-11-20', medicationId: 'clonazepam', doseMicrograms: 750, count: 2 },
      { date: '2026-11-20', medicationId: 'diazepam', doseMicrograms: 5000, count: 1 },
      { date: '2026-11-21', medicationId: null, doseMicrograms: 500, count: 2 },
    ]);
  });

  it('check-in doses: the days with a dose written, oldest first, within the range', async () => {
    let n = 0;
    for (const [date, dose] of [
      ['2026-11-19', 900],
      ['2026-11-20', null],
      ['2026-11-21', 800],
      ['2026-11-23', 700],
    ] as const) {
      await store.checkins.put('u1', () => `c${String(++n)}`, record(date, { doseMicrograms: dose }), {
        now: NOW,
        editedAt: NOW,
      });
    }
    expect(await store.checkins.doses('u1', { from: '2026-11-20', to: '2026-11-23' })).toEqual([
      { date: '2026-11-21', doseMicrograms: 800 },
      { date: '2026-11-23', doseMicrograms: 700 },
    ]);
    expect(await store.checkins.doses('u2', { from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
  });

  describe('share links', () => {
    const share = (id: string, tokenHash: string, expiresAt = '2026-12-09T10:00:00.000Z') => ({
      id,
      tokenHash,
      label: `label ${id}`,
      createdAt: NOW,
      expiresAt,
    });
    const use = (n: number, kind: 'page' | 'pdf' = 'page') => ({
      id: `use-${String(n)}`,
      at: `2026-11-26T${String(10 + Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00.000Z`,
      kind,
    });

    it('opens a live link by its hash, counting each use; the owner alone lists and revokes it', async () => {
      await store.shares.create('u1', share('s1', 'h1'));
      expect(await store.shares.open('h1', use(1))).toEqual({
        shareId: 's1',
        userId: 'u1',
        expiresAt: '2026-12-09T10:00:00.000Z',
      });
      await store.shares.open('h1', use(2, 'pdf'));
      expect(await store.shares.open('no-such-hash', use(3))).toBeUndefined();
      const [listed] = await store.shares.list('u1');
      expect(listed).toMatchObject({ id: 's1', useCount: 2, lastUsedAt: use(2).at, revokedAt: null });
      expect(listed?.uses).toEqual([
        { usedAt: use(2).at, kind: 'pdf' },
        { usedAt: use(1).at, kind: 'page' },
      ]);
      expect(await store.shares.list('u2')).toEqual([]);
      expect(await store.shares.revoke('u2', 's1', LATER)).toBe(false);
      expect(await store.shares.open('h1', use(4))).toBeDefined();
      expect(await store.shares.revoke('u1', 's1', LATER)).toBe(true);
      expect(await store.shares.open('h1', use(5))).toBeUndefined();
      expect((await store.shares.list('u1'))[0]).toMatchObject({ revokedAt: LATER, useCount: 3 });
    });

    it('does not open a link at or after its expiry, and counts only live links', async () => {
      await store.shares.create('u1', share('s1', 'h1', '2026-11-26T10:00:00.000Z'));
      await store.shares.create('u1', share('s2', 'h2'));
      expect(await store.shares.countLive('u1', '2026-11-26T09:59:59.999Z')).toBe(2);
      expect(await store.shares.open('h1', { ...use(1), at: '2026-11-26T10:00:00.000Z' })).toBeUndefined();
      expect(await store.shares.countLive('u1', '2026-11-26T10:00:00.000Z')).toBe(1);
      expect(await store.shares.countLive('u2', NOW)).toBe(0);
    });

    it('keeps the newest uses of a link, however often it is opened', async () => {
      await store.shares.create('u1', share('s1', 'h1'));
      const opened = MAX_SHARE_USES_KEPT + 5;
      for (let n = 0; n < opened; n++) await store.shares.open('h1', use(n));
      const kept = await database.db.selectFrom('share_uses').select('id').where('share_id', '=', 's1').execute();
      expect(kept).toHaveLength(MAX_SHARE_USES_KEPT);
      expect(kept.map((r) => r.id)).not.toContain('use-0');
      expect((await store.shares.list('u1'))[0]?.useCount).toBe(opened);
    });
  });
});
