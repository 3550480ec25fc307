/**
 * Properties of the import's merge (#12 §5), on SQLite and PostgreSQL: importing is idempotent, the order of two
 * imports does not matter, and nothing stored before is lost. Files are export-shaped and go through the same check
 * the API uses. Each run works inside a transaction that is rolled back, so one account and database serve them all.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../api/export-schemas.js';
import { checkImport } from '../api/import-check.js';
import type { ImportAnswer, ImportFile } from '../api/import-schemas.js';
import { findInstrument, scoreInstrument } from '../core/index.js';
import type { OpenDatabase } from './database.js';
import { createStore, type Store } from './store.js';
import { TEST_DATABASES } from './test-databases.js';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const USER = 'u-import';
const RUNS = 15;

class Rollback extends Error {}

const DATES = ['2026-11-20', '2026-11-21', '2026-11-22'] as const;
/** Few edit times, so two edits of a day at the same moment (a tie) come up often. */
const TIMES = ['2026-11-22T08:00:00.000Z', '2026-11-22T09:00:00.000Z', '2026-11-22T10:00:00.000Z'] as const;
const STAMP = '2026-11-23T10:00:00.000Z';

/** One plan history; a file holds the first revisions of it, as exports of one account over time do. */
const LINEAGE: ImportFile['plans'] = [1, 2].map((revision) => ({
  id: `plan-${revision}`,
  revision,
  createdAt: STAMP,
  input: {
    medicationId: 'clonazepam',
    form: 'drops',
    currentDoseMg: 1,
    startDate: `2026-11-0${revision}`,
    strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
  },
  holds: revision === 1 ? [{ id: 'hold-1', stepIndex: 0, days: 7, reason: 'a hard week', createdAt: STAMP }] : [],
}));

/** Each id names one record with one content, whichever file carries it (an id is never reused for another). */
const dose = (n: number): ImportFile['doses'][number] => ({
  id: `dose-${n}`,
  date: '2026-11-20',
  takenAt: `2026-11-20T0${n}:00:00.000Z`,
  medicationId: 'clonazepam',
  doseMg: 0.25 * (n + 1),
  form: 'drops',
  note: `dose ${n}`,
});
const event = (n: number): ImportFile['events'][number] => ({
  id: `event-${n}`,
  kind: n === 0 ? 'seizure' : 'confusion',
  occurredAt: `2026-11-21T1${n}:00:00.000Z`,
  occurredOn: '2026-11-21',
  note: '',
  createdAt: STAMP,
  confirmedAt: null,
});
const questionnaire = (n: number): ImportFile['questionnaires'][number] => {
  const answers = Array.from({ length: 20 }, (_, i) => (i < n + 1 ? 2 : 0));
  const instrument = findInstrument('bwsq');
  const scored = instrument && scoreInstrument(instrument, answers);
  if (!scored?.ok) throw new Error('fixture');
  return {
    id: `q-${n}`,
    instrument: 'bwsq',
    date: '2026-11-22',
    answers,
    unscored: {},
    score: scored.value.score,
    band: scored.value.band,
    createdAt: STAMP,
  };
};
const OWN = { id: 'own-jaw', name: 'Jaw ache', group: 'motor', createdAt: STAMP, retiredAt: null };
const PINS = [
  { symptomId: 'tremor', pinned: true },
  { symptomId: 'tinnitus', pinned: false },
];

/** Edits of one day in one file: each content its own (the note says whose), at one of a few times. */
const dayEdits = (file: string, date: string) =>
  fc.array(fc.constantFrom(...TIMES), { minLength: 1, maxLength: 3 }).map((times) =>
    times.map((editedAt, k) => ({
      id: `${file}-${date}-${k}`,
      symptoms: { tremor: k % 4, ...(k === 1 ? { 'own-jaw': 2 } : {}) },
      sleepMinutes: 420,
      doseMg: null,
      note: `${file} ${date} edit ${k}`,
      tags: [],
      editedAt,
    })),
  );

const subset = <T>(items: readonly T[]) => fc.subarray([...items]);

function fileArbitrary(name: string): fc.Arbitrary<ImportFile> {
  return fc
    .record({
      plans: fc.integer({ min: 0, max: LINEAGE.length }).map((n) => LINEAGE.slice(0, n)),
      days: fc.tuple(...DATES.map((date) => fc.option(dayEdits(name, date), { nil: undefined }))),
      doses: subset([0, 1, 2, 3].map(dose)),
      events: subset([0, 1].map(event)),
      questionnaires: subset([0, 1].map(questionnaire)),
      pins: subset(PINS),
    })
    .map(({ days, ...rest }) => ({
      format: 'taper-companion-export' as const,
      version: 1 as const,
      exportedAt: STAMP,
      account: { email: `${name}@example.org`, createdAt: STAMP },
      ...rest,
      // The own symptom is in every file: its check-ins may rate it.
      ownSymptoms: [OWN],
      checkins: days.flatMap((edits, i) => {
        if (!edits) return [];
        // As an export has it: the latest edit is the day, the others its versions.
        const sorted = [...edits].sort((a, b) => (a.editedAt < b.editedAt ? 1 : a.editedAt > b.editedAt ? -1 : 0));
        const [current, ...older] = sorted;
        if (!current) return [];
        return [
          {
            ...current,
            date: DATES[i] ?? '2026-11-20',
            createdAt: STAMP,
            updatedAt: STAMP,
            versions: older.map((v) => ({ ...v, supersededAt: STAMP })),
          },
        ];
      }),
    }));
}

/** The export with what the merge names or stamps itself left out: the rows' ids and times of days and versions. */
function comparable(file: ExportFile | undefined) {
  if (!file) throw new Error('no account');
  const { exportedAt: _e, ...rest } = file;
  return {
    ...rest,
    checkins: rest.checkins.map(({ id: _id, createdAt: _c, updatedAt: _u, versions, ...c }) => ({
      ...c,
      versions: versions
        .map(({ id: _vid, supersededAt: _s, ...v }) => v)
        .sort((a, b) => (a.editedAt + a.note < b.editedAt + b.note ? -1 : 1)),
    })),
  };
}

describe.each(TEST_DATABASES)('import merge properties on $name', (kind) => {
  let database: OpenDatabase;
  let dispose: () => Promise<void>;
  let store: Store;
  let ids = 0;
  beforeAll(async () => {
    ({ database, dispose } = await kind.open());
    store = createStore(database.db);
    await store.users.create({ id: USER, email: 'me@example.org', loginKey: 'k', createdAt: STAMP });
  });
  afterAll(() => dispose());

  async function importInto(tx: Store, file: ImportFile): Promise<ImportAnswer> {
    const checked = checkImport(file, NOW);
    if (!checked.ok) throw new Error(`fixture refused: ${JSON.stringify(checked.error)}`);
    const merged = await tx.importFile(USER, checked.value, { now: NOW.toISOString(), newId: () => `m-${++ids}` });
    if (!merged.ok) throw new Error(`merge refused: ${JSON.stringify(merged.error)}`);
    return merged.value;
  }

  /** Runs `work` on a transaction's store and rolls it back, answering what `work` answered. */
  async function rolledBack<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    let result: { value: T } | undefined;
    await store
      .transaction(async (tx) => {
        result = { value: await work(tx) };
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    if (!result) throw new Error('no result');
    return result.value;
  }

  const exportOf = async (tx: Store) => tx.exportOf(USER, STAMP);

  it('importing a file twice changes nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(fileArbitrary('before'), fileArbitrary('file'), async (before, file) => {
        await rolledBack(async (tx) => {
          await importInto(tx, before);
          await importInto(tx, file);
          const once = await exportOf(tx);
          const replay = await importInto(tx, file);
          expect(Object.values(replay.added).every((n) => n === 0)).toBe(true);
          expect(replay.merged.checkins).toBe(0);
          expect(await exportOf(tx)).toEqual(once);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('the order of two imports does not matter', async () => {
    await fc.assert(
      fc.asyncProperty(fileArbitrary('before'), fileArbitrary('a'), fileArbitrary('b'), async (before, a, b) => {
        const inOrder = async (first: ImportFile, second: ImportFile) =>
          rolledBack(async (tx) => {
            await importInto(tx, before);
            await importInto(tx, first);
            await importInto(tx, second);
            return comparable(await exportOf(tx));
          });
        expect(await inOrder(b, a)).toEqual(await inOrder(a, b));
      }),
      { numRuns: RUNS },
    );
  });

  it('nothing already stored is lost: every record is still there, a day’s edit possibly as a version', async () => {
    await fc.assert(
      fc.asyncProperty(fileArbitrary('before'), fileArbitrary('file'), async (before, file) => {
        await rolledBack(async (tx) => {
          await importInto(tx, before);
          const was = await exportOf(tx);
          await importInto(tx, file);
          const is = await exportOf(tx);
          if (!was || !is) throw new Error('no account');
          for (const key of ['doses', 'events', 'questionnaires', 'ownSymptoms', 'pins'] as const) {
            for (const record of was[key]) expect(is[key]).toContainEqual(record);
          }
          for (const plan of was.plans) expect(is.plans).toContainEqual(plan);
          const edits = (f: ExportFile) =>
            f.checkins.flatMap(({ versions, id: _i, createdAt: _c, updatedAt: _u, ...day }) => [
              { ...day, versions: undefined },
              ...versions.map(({ id: _v, supersededAt: _s, ...v }) => ({ ...v, date: day.date, versions: undefined })),
            ]);
          const after = edits(is);
          for (const edit of edits(was)) expect(after).toContainEqual(edit);
        });
      }),
      { numRuns: RUNS },
    );
  });
});
