/**
 * Everything one person owns, read in one transaction so the file is a consistent snapshot, as the export format
 * (src/api/export-schemas.ts). Shared by GET /api/v1/export.json and `taper export`. Unlike the lists the screens
 * read, nothing here is capped: an export that left rows out without saying would lose someone's journal.
 */
import type { Kysely } from 'kysely';
import type { ExportFile } from '../api/export-schemas.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../api/export-schemas.js';
import { INTAKE_FORMS, microgramsToMg, type CheckinRecord } from '../core/index.js';
import type { Database } from './schema.js';

type Content = ExportFile['checkins'][number]['versions'][number];

function contentOf(record: CheckinRecord): Omit<Content, 'id' | 'editedAt' | 'supersededAt'> {
  const symptoms: Record<string, number> = {};
  for (const s of record.severities) symptoms[s.symptomId] = s.severity;
  return {
    symptoms,
    sleepMinutes: record.sleepMinutes,
    doseMg: record.doseMicrograms === null ? null : microgramsToMg(record.doseMicrograms),
    note: record.note,
    tags: [...record.tags],
  };
}

/** The person's export; undefined when there is no such account. */
export async function readPersonExport(
  db: Kysely<Database>,
  userId: string,
  exportedAt: string,
): Promise<ExportFile | undefined> {
  const read = async (trx: Kysely<Database>): Promise<ExportFile | undefined> => {
    const user = await trx
      .selectFrom('users')
      .select(['email', 'created_at'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) return undefined;
    const [revisions, holds, checkins, versions, intakes, assessments, events, own, pins] = await Promise.all([
      trx
        .selectFrom('plan_revisions')
        .select(['id', 'revision', 'input', 'created_at'])
        .where('user_id', '=', userId)
        .orderBy('revision')
        .execute(),
      trx
        .selectFrom('plan_holds')
        .innerJoin('plan_revisions', 'plan_revisions.id', 'plan_holds.revision_id')
        .select([
          'plan_holds.id',
          'plan_holds.revision_id',
          'plan_holds.step_index',
          'plan_holds.days',
          'plan_holds.reason',
          'plan_holds.created_at',
        ])
        .where('plan_revisions.user_id', '=', userId)
        .orderBy('plan_holds.created_at')
        .orderBy('plan_holds.id')
        .execute(),
      trx
        .selectFrom('checkins')
        .select(['id', 'date', 'severities', 'sleep_minutes', 'dose_micrograms', 'note', 'tags'])
        .select(['created_at', 'updated_at', 'edited_at'])
        .where('user_id', '=', userId)
        .orderBy('date')
        .execute(),
      trx
        .selectFrom('checkin_versions')
        .select(['id', 'date', 'record', 'edited_at', 'superseded_at'])
        .where('user_id', '=', userId)
        .orderBy('date')
        .orderBy('edited_at', 'desc')
        .orderBy('superseded_at', 'desc')
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('intakes')
        .select(['id', 'date', 'taken_at', 'medication_id', 'dose_micrograms', 'form', 'note'])
        .where('user_id', '=', userId)
        .orderBy('taken_at')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('assessments')
        .select(['id', 'instrument', 'date', 'answers', 'unscored', 'score', 'band', 'created_at'])
        .where('user_id', '=', userId)
        .orderBy('date')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('events')
        .select(['id', 'kind', 'occurred_at', 'occurred_on', 'note', 'created_at', 'confirmed_at'])
        .where('user_id', '=', userId)
        .orderBy('occurred_at')
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('own_symptoms')
        .select(['id', 'name', 'symptom_group', 'created_at', 'retired_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      trx
        .selectFrom('symptom_pins')
        .select(['symptom_id', 'pinned'])
        .where('user_id', '=', userId)
        .orderBy('symptom_id')
        .execute(),
    ]);

    const versionsByDate = new Map<string, Content[]>();
    for (const v of versions) {
      const list = versionsByDate.get(v.date) ?? [];
      list.push({
        id: v.id,
        ...contentOf(JSON.parse(v.record) as CheckinRecord),
        editedAt: v.edited_at,
        supersededAt: v.superseded_at,
      });
      versionsByDate.set(v.date, list);
    }

    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt,
      account: { email: user.email, createdAt: user.created_at },
      plans: revisions.map((r) => ({
        id: r.id,
        revision: r.revision,
        createdAt: r.created_at,
        input: JSON.parse(r.input) as Record<string, unknown>,
        holds: holds
          .filter((h) => h.revision_id === r.id)
          .map((h) => ({ id: h.id, stepIndex: h.step_index, days: h.days, reason: h.reason, createdAt: h.created_at })),
      })),
      checkins: checkins.map((c) => ({
        id: c.id,
        date: c.date,
        symptoms: JSON.parse(c.severities) as Record<string, number>,
        sleepMinutes: c.sleep_minutes,
        doseMg: c.dose_micrograms === null ? null : microgramsToMg(c.dose_micrograms),
        note: c.note,
        tags: JSON.parse(c.tags) as string[],
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        editedAt: c.edited_at ?? c.updated_at,
        versions: versionsByDate.get(c.date) ?? [],
      })),
      doses: intakes.map((i) => ({
        id: i.id,
        date: i.date,
        takenAt: i.taken_at,
        medicationId: i.medication_id,
        doseMg: microgramsToMg(i.dose_micrograms),
        form: INTAKE_FORMS.find((f) => f === i.form) ?? null,
        note: i.note,
      })),
      questionnaires: assessments.map((a) => ({
        id: a.id,
        instrument: a.instrument,
        date: a.date,
        answers: JSON.parse(a.answers) as number[],
        unscored: JSON.parse(a.unscored) as Record<string, number>,
        score: a.score,
        band: a.band,
        createdAt: a.created_at,
      })),
      events: events.map((e) => ({
        id: e.id,
        kind: e.kind,
        occurredAt: e.occurred_at,
        occurredOn: e.occurred_on,
        note: e.note,
        createdAt: e.created_at,
        confirmedAt: e.confirmed_at,
      })),
      ownSymptoms: own.map((s) => ({
        id: s.id,
        name: s.name,
        group: s.symptom_group,
        createdAt: s.created_at,
        retiredAt: s.retired_at,
      })),
      pins: pins.map((p) => ({ symptomId: p.symptom_id, pinned: p.pinned === 1 })),
    };
  };
  // Inside a caller's transaction already (Kysely has no nested ones), it joins that one.
  return db.isTransaction ? read(db) : db.transaction().execute(read);
}
