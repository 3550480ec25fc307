/**
 * The full export of five years of daily records (issue #12 §6): one person with a check-in every day (ten symptoms
 * rated, sleep, dose, a note), two doses a day, a CIWA-B a week and a plan, in a SQLite file. Measures reading the
 * export file (store.exportOf, what GET /api/v1/export.json and `taper export` do) and turning it into JSON, the four
 * CSV tables and the FHIR Bundle; the median of RUNS each. No goal is set in the issue; the figures are reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_TABLES, exportCsv } from '../src/api/export-csv.js';
import { exportFhir } from '../src/api/export-fhir.js';
import { PlanInputSchema } from '../src/api/plan-schemas.js';
import { addDays, findInstrument, prepareCheckin, scoreInstrument, SYMPTOM_CATALOGUE } from '../src/core/index.js';
import { createStore, migrateToLatest, openDatabase, type Store } from '../src/storage/index.js';
import type { BenchRow } from './slowest-request.js';

const DAYS = 5 * 365 + 1;
const RUNS = 5;
const FIRST_DAY = '2021-12-01';
const NOW = '2026-12-01T12:00:00.000Z';
const uuid = (kind: number, n: number) =>
  `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function seedFiveYears(store: Store, userId: string): Promise<void> {
  const rated = SYMPTOM_CATALOGUE.slice(0, 10).map((s) => s.id);
  const today = NOW.slice(0, 10);
  await store.plans.saveRevision(
    userId,
    uuid(7, 0),
    PlanInputSchema.parse({
      medicationId: 'clonazepam',
      form: 'drops',
      currentDoseMg: 2,
      startDate: FIRST_DAY,
      strategy: { kind: 'proportional', percent: 5, intervalDays: 21 },
    }),
    NOW,
  );
  const ciwa = findInstrument('ciwa-b');
  const scored =
    ciwa &&
    scoreInstrument(
      ciwa,
      Array.from({ length: 20 }, (_, i) => i % 3),
    );
  if (!scored?.ok) throw new Error('CIWA-B refused');
  // One transaction per year: seeding is not what is measured.
  for (let year = 0; year * 365 < DAYS; year++) {
    await store.transaction(async (tx) => {
      for (let d = year * 365; d < Math.min(DAYS, (year + 1) * 365); d++) {
        const date = addDays(FIRST_DAY, d);
        const symptoms = Object.fromEntries(rated.map((id, i) => [id, (d + i) % 4]));
        const note = `Day ${String(d)}: a slow morning, "better" by noon, walked, ate well.`;
        const record = prepareCheckin(date, { symptoms, sleepHours: 6.5, doseMg: 1, note, tags: [] }, today);
        if (!record.ok) throw new Error(`check-in refused: ${record.error.code}`);
        const at = `${date}T20:00:00.000Z`;
        await tx.checkins.put(userId, () => uuid(1, d), record.value, { now: at, editedAt: at });
        for (const [n, hour] of ['08', '20'].entries()) {
          await tx.intakes.create(
            userId,
            {
              id: uuid(3, d * 2 + n),
              date,
              takenAt: `${date}T${hour}:00:00.000Z`,
              medicationId: 'clonazepam',
              doseMicrograms: 500,
              form: 'drops',
              note: '',
            },
            at,
          );
        }
        if (d % 7 === 0) {
          await tx.assessments.create(userId, {
            id: uuid(4, d),
            instrument: 'ciwa-b',
            date,
            answers: Array.from({ length: 20 }, (_, i) => i % 3),
            unscored: { 'hours-slept': 6, 'minutes-to-sleep': 45 },
            score: scored.value.score,
            band: scored.value.band,
            createdAt: at,
          });
        }
      }
    });
  }
}

function median(work: () => unknown): number {
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    work();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? Infinity;
}

export async function exportBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'taper-export-bench-'));
  const database = await openDatabase({ kind: 'sqlite', file: join(dir, 'taper.sqlite') });
  try {
    await migrateToLatest(database);
    const store = createStore(database.db);
    await store.users.create({ id: 'u1', email: 'five@example.org', loginKey: 'k', createdAt: NOW });
    await seedFiveYears(store, 'u1');
    const reads: number[] = [];
    let file = await store.exportOf('u1', NOW);
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      file = await store.exportOf('u1', NOW);
      reads.push(performance.now() - started);
    }
    if (!file) throw new Error('no export');
    const exported = file;
    reads.sort((a, b) => a - b);
    const json = JSON.stringify(exported);
    const jsonMs = median(() => JSON.stringify(exported));
    const csvMs = median(() => CSV_TABLES.map((t) => exportCsv(exported, t)));
    const fhirMs = median(() => JSON.stringify(exportFhir(exported, 'u1')));
    const fhirBytes = JSON.stringify(exportFhir(exported, 'u1')).length;
    const mb = (chars: number) => `${(chars / 1e6).toFixed(1)} MB`;
    const what = `${String(exported.checkins.length)} days, ${String(exported.doses.length)} doses`;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    return [
      {
        measure: `export: read 5 years (${what}) (median of ${String(RUNS)})`,
        value: ms(reads[2] ?? Infinity),
        goal: '',
        met: true,
      },
      { measure: `export: as JSON (${mb(json.length)})`, value: ms(jsonMs), goal: '', met: true },
      { measure: 'export: as the four CSV tables', value: ms(csvMs), goal: '', met: true },
      { measure: `export: as a FHIR Bundle (${mb(fhirBytes)})`, value: ms(fhirMs), goal: '', met: true },
    ];
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
