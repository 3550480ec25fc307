/**
 * The most data one person can have behind the API's limits, for bench/slowest-request.ts: every row is one a valid
 * request could have stored (written through the store to save time; each body is checked with the route's schema or
 * core function first). Lists read at most MAX_LIST_ROWS rows, so more than that would not cost more.
 */
import { PlanInputSchema, type PlanInputBody } from '../src/api/plan-schemas.js';
import {
  addDays,
  CHECKIN_TAGS,
  findRedFlag,
  prepareCheckin,
  scoreInstrument,
  SYMPTOM_CATALOGUE,
  findInstrument,
  MAX_NOTE_LENGTH,
} from '../src/core/index.js';
import { MAX_DOSES_LISTED, MAX_LIST_ROWS, type Store } from '../src/storage/index.js';

const note = (seed: number) => `${String(seed)} `.padEnd(MAX_NOTE_LENGTH, 'x');
const uuid = (kind: number, n: number) =>
  `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export interface Seeded {
  /** Dates with the most stored: a day with the most check-in versions. */
  readonly versionsDate: string;
}

/** Check-ins on each of the 366 days ending tomorrow, every symptom rated and every tag, with the longest note. */
async function seedCheckins(store: Store, userId: string, today: string, nowIso: string): Promise<string> {
  const symptoms = Object.fromEntries(SYMPTOM_CATALOGUE.map((s) => [s.id, 3]));
  for (let i = -1; i < 365; i++) {
    const date = addDays(today, -i);
    const record = prepareCheckin(
      date,
      { symptoms, sleepHours: 7.25, doseMg: 1.5, note: note(i), tags: [...CHECKIN_TAGS] },
      today,
      () => false,
    );
    if (!record.ok) throw new Error(`check-in refused: ${record.error.code}`);
    await store.checkins.put(userId, () => uuid(1, i + 1), record.value, { now: nowIso, editedAt: nowIso });
  }
  // One day edited from other devices again and again: each edit keeps the one before as a version.
  const date = addDays(today, -1);
  for (let v = 0; v < MAX_LIST_ROWS; v++) {
    const record = prepareCheckin(
      date,
      { symptoms, sleepHours: 7, doseMg: 1.5, note: note(v), tags: [] },
      today,
      () => false,
    );
    if (!record.ok) throw new Error(`check-in refused: ${record.error.code}`);
    const at = new Date(Date.parse(nowIso) - (MAX_LIST_ROWS - v) * 1000).toISOString();
    await store.checkins.put(userId, () => uuid(2, v), record.value, { now: at, editedAt: at });
  }
  return date;
}

async function seedRecords(store: Store, userId: string, today: string, nowIso: string): Promise<void> {
  // Doses: the most one answer carries for the year (more is refused), each with the longest note.
  for (let n = 0; n < MAX_DOSES_LISTED; n++) {
    const date = addDays(today, -(n % 366) + 1);
    await store.intakes.create(
      userId,
      {
        id: uuid(3, n),
        date,
        takenAt: `${date}T08:00:00.000Z`,
        medicationId: 'diazepam',
        doseMicrograms: 500,
        form: 'liquid',
        note: note(n),
      },
      nowIso,
    );
  }
  const ciwa = findInstrument('ciwa-b');
  if (!ciwa) throw new Error('no CIWA-B');
  const scored = scoreInstrument(
    ciwa,
    Array.from({ length: 20 }, () => 4),
  );
  if (!scored.ok) throw new Error('CIWA-B refused');
  for (let n = 0; n < MAX_LIST_ROWS; n++) {
    const date = addDays(today, -(n % 366) + 1);
    const answers = Array.from({ length: 20 }, () => 4);
    await store.assessments.create(userId, {
      id: uuid(4, n),
      instrument: 'ciwa-b',
      date,
      answers,
      unscored: { 'hours-slept': 6, 'minutes-to-sleep': 45 },
      score: scored.value.score,
      band: scored.value.band,
      createdAt: nowIso,
    });
  }
  for (let n = 0; n < MAX_LIST_ROWS; n++) {
    await store.symptoms.addOwn(userId, {
      id: `own-${uuid(5, n)}`,
      name: `My own symptom ${String(n)}`.padEnd(60, '.'),
      group: 'sensory',
      createdAt: nowIso,
      retiredAt: null,
    });
  }
  // Red-flag events, each confirmed the next day: every one is a pause the plan is computed with, most of them holds.
  if (!findRedFlag('seizure')) throw new Error('no seizure red flag');
  for (let n = 0; n < MAX_LIST_ROWS; n++) {
    const on = addDays(today, -1 - (n % 300));
    const id = uuid(6, n);
    await store.events.create(userId, {
      id,
      kind: 'seizure',
      occurredAt: `${on}T10:00:00.000Z`,
      occurredOn: on,
      note: note(n),
      createdAt: nowIso,
    });
    await store.events.confirm(userId, id, `${addDays(on, 1)}T12:00:00.000Z`);
  }
}

/** Earlier revisions of the plan (the list of them is read on every GET /plan) and holds on the newest. */
export async function seedPlanHistory(
  store: Store,
  userId: string,
  input: PlanInputBody,
  nowIso: string,
): Promise<void> {
  const parsed = PlanInputSchema.parse(input);
  for (let r = 0; r < MAX_LIST_ROWS; r++) await store.plans.saveRevision(userId, uuid(7, r), parsed, nowIso);
}

/** Holds of a day each, the longest reason, on steps that have not ended (the route's rule), as many as a list reads. */
export async function seedHolds(
  store: Store,
  userId: string,
  openSteps: readonly number[],
  nowIso: string,
): Promise<void> {
  const latest = await store.plans.latest(userId);
  if (!latest || openSteps.length === 0) throw new Error('no plan with steps to hold');
  for (let h = 0; h < MAX_LIST_ROWS; h++) {
    await store.plans.addHold(latest.id, uuid(8, h), {
      stepIndex: openSteps[h % openSteps.length] ?? 0,
      days: 1,
      reason: 'r'.repeat(500),
      createdAt: nowIso,
    });
  }
}

export async function seedEverything(store: Store, userId: string, now: Date): Promise<Seeded> {
  const nowIso = now.toISOString();
  const today = nowIso.slice(0, 10);
  const versionsDate = await seedCheckins(store, userId, today, nowIso);
  await seedRecords(store, userId, today, nowIso);
  return { versionsDate };
}
