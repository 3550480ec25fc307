/** Issue #9: what adherence reads is bounded by days, not by how much was logged on them (both dialects). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Intake } from '../core/index.js';
import type { OpenDatabase } from './database.js';
import { createStore, type Store } from './store.js';
import { TEST_DATABASES } from './test-databases.js';

const NOW = '2026-11-25T10:00:00.000Z';
const intake = (id: string, date: string, ug: number, medicationId: string | null): Intake => ({
  id,
  date,
  takenAt: `${date}T08:00:00.000Z`,
  medicationId,
  doseMicrograms: ug,
  form: null,
  note: 'x'.repeat(2000),
});

describe.each(TEST_DATABASES)('bounded store reads on $name', (kind) => {
  let database: OpenDatabase;
  let dispose: () => Promise<void>;
  let store: Store;

  beforeEach(async () => {
    ({ database, dispose } = await kind.open());
    store = createStore(database.db);
    await store.users.create({ id: 'u1', email: 'one@example.org', passwordHash: 'h1', createdAt: NOW });
    await store.users.create({ id: 'u2', email: 'two@example.org', passwordHash: 'h2', createdAt: NOW });
  });
  afterEach(() => dispose());

  it('daily totals: one row per day and medicine, summed and counted, within the range and the owner only', async () => {
    const rows: [string, string, number, string | null][] = [
      ['a', '2026-11-20', 500, 'clonazepam'],
      ['b', '2026-11-20', 250, 'clonazepam'],
      ['c', '2026-11-20', 5000, 'diazepam'],
      ['d', '2026-11-21', 300, null],
      ['e', '2026-11-21', 200, null],
      ['f', '2026-11-22', 999, 'clonazepam'],
    ];
    for (const [id, date, ug, med] of rows) await store.intakes.create('u1', intake(id, date, ug, med), NOW);
    await store.intakes.create('u2', intake('g', '2026-11-20', 700, 'clonazepam'), NOW);
    const totals = await store.intakes.dailyTotals('u1', { from: '2026-11-20', to: '2026-11-21' });
    const sorted = [...totals].sort((x, y) => `${x.date}${x.medicationId ?? ''}`.localeCompare(`${y.date}${y.medicationId ?? ''}`));
    expect(sorted).toEqual([
      { date: '2026-11-20', medicationId: 'clonazepam', doseMicrograms: 750, count: 2 },
      { date: '2026-11-20', medicationId: 'diazepam', doseMicrograms: 5000, count: 1 },
      { date: '2026-11-21', medicationId: null, doseMicrograms: 500, count: 2 },
    ]);
  });

  it('check-in doses: the days with a dose written, oldest first, within the range', async () => {
    const record = (date: string, doseMicrograms: number | null) => ({ date, severities: [], sleepMinutes: null, doseMicrograms, note: '', tags: [] });
    let n = 0;
    for (const [date, dose] of [['2026-11-19', 900], ['2026-11-20', null], ['2026-11-21', 800], ['2026-11-23', 700]] as const) {
      await store.checkins.put('u1', () => `c${String(++n)}`, record(date, dose), { now: NOW, editedAt: NOW });
    }
    expect(await store.checkins.doses('u1', { from: '2026-11-20', to: '2026-11-23' })).toEqual([
      { date: '2026-11-21', doseMicrograms: 800 },
      { date: '2026-11-23', doseMicrograms: 700 },
    ]);
    expect(await store.checkins.doses('u2', { from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
  });
});
