/**
 * An import file checked record by record against the same rules the API's writes apply (a check-in as PUT
 * /checkins, a plan as PUT /plan, a hold as POST /plan/holds, a questionnaire as POST /assessments …), and turned
 * into the stored forms. Pure: the server and `taper import` both check a file here before storage merges it, so a
 * file one accepts the other accepts too. The first refusal ends the check; its field is the file's own path
 * (`plans.2.input.currentDoseMg`), so the whole file is refused and nothing of it is stored.
 */
import {
  addDays,
  domainError,
  err,
  findInstrument,
  findMedication,
  findRedFlag,
  findSymptom,
  hasMicrogramPrecision,
  MAX_DOSE_MG,
  mgToMicrograms,
  ok,
  planTaper,
  prepareCheckin,
  scoreInstrument,
  type CalendarDate,
  type CheckinRecord,
  type DomainError,
  type Hold,
  type Intake,
  type Result,
} from '../core/index.js';
import type { ImportFile } from './import-schemas.js';
import { HoldBodySchema, PlanInputSchema } from './plan-schemas.js';
import { OwnSymptomBodySchema } from './schemas.js';

/** One edit of a day as it is stored: the content and when the person made it. */
export interface CheckedEdit {
  readonly id: string;
  readonly record: CheckinRecord;
  readonly editedAt: string;
}

export interface CheckedImport {
  readonly checkins: readonly (CheckedEdit & {
    readonly versions: readonly (CheckedEdit & { readonly supersededAt: string })[];
  })[];
  /** In the file's order, which is the order they are appended in. */
  readonly plans: readonly {
    readonly id: string;
    readonly createdAt: string;
    /** As the file has it: stored as it was saved, not with today's defaults filled in. */
    readonly input: Readonly<Record<string, unknown>>;
    readonly holds: readonly (Hold & { readonly id: string })[];
  }[];
  readonly doses: readonly Intake[];
  /** As the file has them (checked, times in UTC). */
  readonly questionnaires: ImportFile['questionnaires'];
  readonly events: ImportFile['events'];
  readonly ownSymptoms: ImportFile['ownSymptoms'];
  readonly pins: ImportFile['pins'];
}

/** Every symptom the person adds is named `own-…` (routes/my-symptoms.ts), so it never collides with the catalogue. */
const OWN_PREFIX = 'own-';

class Refusal extends Error {
  constructor(readonly error: DomainError) {
    super(error.code);
  }
}

/**
 * Every refusal is `invalid_input` (400) naming the file's field, whatever the write's own code would be (a plan the
 * planner refuses is 422 on PUT /plan): here it is the file that is wrong, and the field says where.
 */
const refuse = (field: string): never => {
  throw new Refusal(domainError('invalid_input', field));
};

/** An inner refusal (its own field, e.g. `symptoms.tremor`) moved under the record's path in the file. */
const refuseAt = (path: string, error: DomainError): never =>
  refuse(error.field === undefined ? path : `${path}.${error.field}`);

const utc = (iso: string): string => new Date(iso).toISOString();

/** As PUT /checkins: an edit made "later" than the server's now (a clock set in the future) counts as made now. */
export function editTimeAt(editedAt: string, now: Date): string {
  const at = new Date(editedAt);
  return (at > now ? now : at).toISOString();
}

function noRepeats(ids: readonly string[], path: string, key = 'id'): void {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) refuse(`${path}.${i}.${key}`);
    seen.add(id);
  }
}

function checkOwnSymptoms(file: ImportFile): CheckedImport['ownSymptoms'] {
  noRepeats(
    file.ownSymptoms.map((s) => s.id),
    'ownSymptoms',
  );
  return file.ownSymptoms.map((s, i) => {
    if (!s.id.startsWith(OWN_PREFIX) || s.id.length > 80) refuse(`ownSymptoms.${i}.id`);
    const body = OwnSymptomBodySchema.safeParse({ name: s.name, group: s.group });
    if (!body.success) refuse(`ownSymptoms.${i}.${body.error.issues[0]?.path.join('.') ?? 'name'}`);
    return { ...s, createdAt: utc(s.createdAt), retiredAt: s.retiredAt === null ? null : utc(s.retiredAt) };
  });
}

function checkCheckins(file: ImportFile, now: Date, isOwn: (id: string) => boolean): CheckedImport['checkins'] {
  const today = now.toISOString().slice(0, 10);
  noRepeats(
    file.checkins.map((c) => c.date),
    'checkins',
    'date',
  );
  noRepeats(
    file.checkins.map((c) => c.id),
    'checkins',
  );
  const contentOf = (
    path: string,
    date: string,
    c: ImportFile['checkins'][number]['versions'][number] | ImportFile['checkins'][number],
  ): CheckinRecord => {
    const input = { symptoms: c.symptoms, sleepHours: c.sleepMinutes === null ? null : c.sleepMinutes / 60 };
    const prepared = prepareCheckin(date, { ...input, doseMg: c.doseMg, note: c.note, tags: c.tags }, today, isOwn);
    if (!prepared.ok) {
      // The check-in's own names (sleepHours) are the API's; the file's is sleepMinutes.
      const field = prepared.error.field === 'sleepHours' ? 'sleepMinutes' : prepared.error.field;
      return refuse(field === undefined ? path : `${path}.${field}`);
    }
    return prepared.value;
  };
  return file.checkins.map((c, i) => {
    noRepeats(
      c.versions.map((v) => v.id),
      `checkins.${i}.versions`,
    );
    return {
      id: c.id,
      record: contentOf(`checkins.${i}`, c.date, c),
      editedAt: editTimeAt(c.editedAt, now),
      versions: c.versions.map((v, j) => ({
        id: v.id,
        record: contentOf(`checkins.${i}.versions.${j}`, c.date, v),
        editedAt: editTimeAt(v.editedAt, now),
        supersededAt: utc(v.supersededAt),
      })),
    };
  });
}

/** As PUT /plan (the request's schema, then the planner) and POST /plan/holds (the hold's schema, the step exists). */
function checkPlans(file: ImportFile): CheckedImport['plans'] {
  noRepeats(
    file.plans.map((p) => p.id),
    'plans',
  );
  const holdIds = new Set<string>();
  file.plans.forEach((p, i) =>
    p.holds.forEach((h, j) => {
      if (holdIds.has(h.id)) refuse(`plans.${i}.holds.${j}.id`);
      holdIds.add(h.id);
    }),
  );
  return file.plans.map((p, i) => {
    const input = PlanInputSchema.safeParse(p.input);
    if (!input.success) return refuse(`plans.${i}.input.${input.error.issues[0]?.path.join('.') ?? ''}`);
    const holds = p.holds.map((h, j) => {
      const body = HoldBodySchema.safeParse({ stepIndex: h.stepIndex, days: h.days, reason: h.reason });
      if (!body.success) refuse(`plans.${i}.holds.${j}.${body.error.issues[0]?.path.join('.') ?? ''}`);
      return { ...h, createdAt: utc(h.createdAt) };
    });
    const bare = planTaper(input.data);
    if (!bare.ok) return refuseAt(`plans.${i}.input`, bare.error);
    for (const [j, h] of holds.entries()) {
      // A hold lengthens a step that has an end; the last, lasting step has nothing to lengthen.
      const step = bare.value.steps[h.stepIndex];
      if (!step || step.end === null) refuse(`plans.${i}.holds.${j}.stepIndex`);
    }
    const held = planTaper(input.data, { holds });
    if (!held.ok) refuse(`plans.${i}.holds`);
    return { id: p.id, createdAt: utc(p.createdAt), input: p.input, holds };
  });
}

function checkDoses(file: ImportFile, today: CalendarDate): CheckedImport['doses'] {
  noRepeats(
    file.doses.map((d) => d.id),
    'doses',
  );
  return file.doses.map((d, i) => {
    if (d.date > addDays(today, 1)) refuse(`doses.${i}.date`);
    if (d.medicationId !== null && !findMedication(d.medicationId)) refuse(`doses.${i}.medicationId`);
    if (!(d.doseMg <= MAX_DOSE_MG && hasMicrogramPrecision(d.doseMg))) refuse(`doses.${i}.doseMg`);
    return {
      id: d.id,
      date: d.date,
      takenAt: utc(d.takenAt),
      medicationId: d.medicationId,
      doseMicrograms: mgToMicrograms(d.doseMg),
      form: d.form,
      note: d.note,
    };
  });
}

/**
 * Re-scored with the core's instruments, and refused where the file's score or band disagrees: a score is what the
 * person was shown, so a file whose numbers the answers do not give was changed or damaged, and storing either number
 * would put words in their record (docs/adr/0015-import-merge.md).
 */
function checkQuestionnaires(file: ImportFile, today: CalendarDate): CheckedImport['questionnaires'] {
  noRepeats(
    file.questionnaires.map((q) => q.id),
    'questionnaires',
  );
  return file.questionnaires.map((q, i) => {
    const instrument = findInstrument(q.instrument);
    if (!instrument) return refuse(`questionnaires.${i}.instrument`);
    if (q.date > addDays(today, 1)) refuse(`questionnaires.${i}.date`);
    const scored = scoreInstrument(instrument, q.answers);
    if (!scored.ok) return refuseAt(`questionnaires.${i}`, scored.error);
    if (scored.value.score !== q.score) refuse(`questionnaires.${i}.score`);
    if (scored.value.band !== q.band) refuse(`questionnaires.${i}.band`);
    for (const [id, value] of Object.entries(q.unscored)) {
      const question = instrument.unscored.find((u) => u.id === id);
      if (!question || value < 0 || value > question.max) refuse(`questionnaires.${i}.unscored.${id}`);
    }
    return { ...q, instrument: instrument.id, createdAt: utc(q.createdAt) };
  });
}

function checkEvents(file: ImportFile): CheckedImport['events'] {
  noRepeats(
    file.events.map((e) => e.id),
    'events',
  );
  return file.events.map((e, i) => {
    if (!findRedFlag(e.kind)) refuse(`events.${i}.kind`);
    return {
      ...e,
      occurredAt: utc(e.occurredAt),
      createdAt: utc(e.createdAt),
      confirmedAt: e.confirmedAt === null ? null : utc(e.confirmedAt),
    };
  });
}

/** The file, checked as a whole at the server's `now`; a refusal names the first record at fault. */
export function checkImport(file: ImportFile, now: Date): Result<CheckedImport, DomainError> {
  const today = now.toISOString().slice(0, 10);
  try {
    const ownSymptoms = checkOwnSymptoms(file);
    // A file is complete: the own symptoms its check-ins rate are in it (retired ones too).
    const own = new Set(ownSymptoms.map((s) => s.id));
    noRepeats(
      file.pins.map((p) => p.symptomId),
      'pins',
      'symptomId',
    );
    file.pins.forEach((p, i) => {
      if (!findSymptom(p.symptomId) && !own.has(p.symptomId)) refuse(`pins.${i}.symptomId`);
    });
    return ok({
      ownSymptoms,
      pins: file.pins,
      checkins: checkCheckins(file, now, (id) => own.has(id)),
      plans: checkPlans(file),
      doses: checkDoses(file, today),
      questionnaires: checkQuestionnaires(file, today),
      events: checkEvents(file),
    });
  } catch (error) {
    if (error instanceof Refusal) return err(error.error);
    throw error;
  }
}
