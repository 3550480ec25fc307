/**
 * The doctor report PDF for a year of daily data (issue #12 §6; goal: under 1 s): a clonazepam plan with a cut every
 * two weeks, a check-in with eight symptoms and a dose logged on every day of the year, a CIWA-B a month, two
 * red-flag events, notes marked for the doctor. Written through the store (checked by core first), read through
 * the real route on loopback; the figure is the median of RUNS answers, body read in full. Part of `npm run bench`;
 * alone: `npx tsx bench/report.ts [out.pdf]` (the PDF is written there, to look at it).
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { addDays, findInstrument, prepareCheckin, scoreInstrument, type CheckinTag } from '../src/core/index.js';
import { createStore, type Store } from '../src/storage/index.js';
import { benchApp, listenOnLoopback } from './bench-app.js';
import { signUp, type BenchRow } from './slowest-request.js';

const RUNS = 7;
const GOAL_MS = 1000;
const DAYS = 366;
const SYMPTOMS = [
  'anxiety',
  'insomnia',
  'muscle-tension',
  'tinnitus',
  'dizziness',
  'headache',
  'poor-concentration',
  'low-mood',
];

/** A year of records ending `today`, symptoms highest about six days after each fortnightly cut. */
async function seedYear(store: Store, userId: string, today: string): Promise<void> {
  const nowIso = `${today}T12:00:00.000Z`;
  const from = addDays(today, 1 - DAYS);
  for (let i = 0; i < DAYS; i++) {
    const date = addDays(from, i);
    const wave = Math.exp(-(((i % 14) - 6) ** 2) / 8);
    const symptoms = Object.fromEntries(
      SYMPTOMS.map((id, k) => [id, Math.max(0, Math.min(3, Math.round(wave * 2 + ((i + k) % 5 === 0 ? 1 : 0))))]),
    );
    const forDoctor = i % 30 === 17;
    const tags: CheckinTag[] = forDoctor ? ['for-doctor'] : i % 9 === 0 ? ['stress'] : [];
    const note = forDoctor
      ? `Week ${String(Math.floor(i / 7))}: sleep was broken after the cut; can we go slower?`
      : '';
    const record = prepareCheckin(date, { symptoms, sleepHours: 6.5, doseMg: null, note, tags }, today);
    if (!record.ok) throw new Error(`check-in refused: ${record.error.code}`);
    await store.checkins.put(userId, () => randomUUID(), record.value, { now: nowIso, editedAt: nowIso });
    const intake = { date, takenAt: `${date}T08:00:00.000Z`, medicationId: 'clonazepam', form: 'drops' as const };
    await store.intakes.create(userId, { ...intake, id: randomUUID(), doseMicrograms: 900, note: '' }, nowIso);
  }
  const ciwa = findInstrument('ciwa-b');
  if (!ciwa) throw new Error('no CIWA-B');
  for (let m = 0; m < 12; m++) {
    const answers = Array.from({ length: 20 }, (_, k) => (k < 4 + (m % 4) ? 2 : 0));
    const scored = scoreInstrument(ciwa, answers);
    if (!scored.ok) throw new Error('CIWA-B refused');
    const date = addDays(from, 15 + m * 30);
    const { score, band } = scored.value;
    const id = randomUUID();
    await store.assessments.create(userId, {
      ...{ id, instrument: 'ciwa-b', date, answers, unscored: {}, score, band, createdAt: nowIso },
    });
  }
  for (const [n, kind] of ['chest-pain', 'fall-or-head-injury'].entries()) {
    const on = addDays(from, 100 + n * 120);
    const event = { id: randomUUID(), kind, occurredAt: `${on}T10:00:00.000Z`, occurredOn: on, note: '' };
    await store.events.create(userId, { ...event, createdAt: nowIso });
    await store.events.confirm(userId, event.id, `${addDays(on, 1)}T12:00:00.000Z`);
  }
}

export async function reportBench(out?: string): Promise<BenchRow> {
  const bench = await benchApp();
  const { app, database } = bench;
  try {
    const base = await listenOnLoopback(app);
    const today = new Date().toISOString().slice(0, 10);
    const person = await signUp(base, 'rita@example.org');
    const plan = {
      medicationId: 'clonazepam',
      form: 'drops',
      currentDoseMg: 1,
      startDate: addDays(today, 1 - DAYS),
      strategy: { kind: 'proportional', percent: 5, intervalDays: 14 },
    };
    const put = await fetch(`${base}/plan`, { method: 'PUT', headers: person.headers, body: JSON.stringify(plan) });
    if (!put.ok) throw new Error(`PUT /plan: ${String(put.status)} ${await put.text()}`);
    await seedYear(createStore(database.db), person.id, today);
    const { cookie = '', 'x-taper-account': account = '' } = person.headers;
    const url = `${base}/report.pdf?from=${addDays(today, 1 - DAYS)}&to=${today}&name=Rita`;
    const wall: number[] = [];
    let pdf = Buffer.alloc(0);
    for (let i = 0; i < RUNS + 1; i++) {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie, 'x-taper-account': account } });
      pdf = Buffer.from(await response.arrayBuffer());
      if (!response.ok) throw new Error(`GET report.pdf: ${String(response.status)} ${pdf.toString()}`);
      if (i > 0) wall.push(performance.now() - started);
    }
    if (out) writeFileSync(out, pdf);
    const median = wall.sort((a, b) => a - b)[Math.floor(wall.length / 2)] ?? Infinity;
    return {
      measure: `PDF report, a year of daily data (${String(Math.round(pdf.length / 1024))} KB, median of ${String(RUNS)})`,
      value: `${median.toFixed(0)} ms`,
      goal: '< 1 s',
      met: median < GOAL_MS,
    };
  } finally {
    await bench.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const row = await reportBench(process.argv[2]);
  console.log(`${row.measure}: ${row.value} (goal ${row.goal}${row.met ? ', met' : ', NOT MET'})`);
}
