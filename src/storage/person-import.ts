/**
 * Merges a checked import file (api/import-check.ts) into one account, never replacing anything: records are added
 * by id (an id the account has is left as it is), days through the check-ins' own put (the later edit wins, the
 * other is kept as a version, as sync does), plan revisions appended. Shared by POST /api/v1/import and `taper
 * import`; the caller runs it in one transaction, so a refusal keeps nothing.
 *
 * Ids are primary keys across accounts, so a file from another account on this server names rows that are not this
 * account's. Such a record is stored under an id derived from (this account, the file's id): never the other
 * account's row, and the same id again on a replay, so a replay still finds it (docs/adr/0015-import-merge.md).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CheckedImport } from '../api/import-check.js';
import { noImportCounts, type ImportAnswer, type ImportCounts } from '../api/import-schemas.js';
import { domainError, type CheckinRecord, type DomainError } from '../core/index.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/** Thrown inside the import's transaction to refuse the file (and roll back what it stored). */
export class ImportRefused extends Error {
  constructor(readonly error: DomainError) {
    super(error.code);
  }
}

type OwnedTable =
  'checkins' | 'checkin_versions' | 'plan_revisions' | 'assessments' | 'own_symptoms' | 'intakes' | 'events';

/** Ids looked up per statement: well under every driver's limit on parameters. */
const CHUNK = 500;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** A UUID-shaped id that depends only on the account, the kind of record and the file's id. */
export function importedId(userId: string, kind: string, fileId: string): string {
  const hex = createHash('sha256').update(`${userId}\n${kind}\n${fileId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Where a file's record goes: the account's own row with that id, or a new row under `id`; undefined when neither is free. */
type Placement = { readonly present: boolean; readonly id: string } | undefined;

export interface ImportOptions {
  readonly now: string;
  /** Names rows the merge itself makes (the version a replaced check-in becomes). */
  readonly newId: () => string;
}

export async function importPerson(
  tx: { readonly db: Kysely<Database>; readonly store: Store },
  userId: string,
  file: CheckedImport,
  options: ImportOptions,
): Promise<ImportAnswer> {
  const { db, store } = tx;
  const added = noImportCounts();
  const unchanged = noImportCounts();
  const merged = { checkins: 0 };

  async function ownersOf(table: OwnedTable, ids: readonly string[]): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    for (const part of chunks(ids)) {
      // Every table listed has `id` and `user_id`; naming one keeps Kysely's types simple.
      const rows = await db
        .selectFrom(table as 'intakes')
        .select(['id', 'user_id'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) owners.set(r.id, r.user_id);
    }
    return owners;
  }

  /** Looks up at once where each of a kind's records goes (its file id and the id derived from it). */
  async function placementsOf(
    table: OwnedTable,
    kind: string,
    fileIds: readonly string[],
    derive = (id: string) => importedId(userId, kind, id),
  ) {
    const derived = fileIds.map(derive);
    const owners = await ownersOf(table, [...fileIds, ...derived]);
    return fileIds.map((id, i): Placement => {
      const alt = derived[i] ?? id;
      if (owners.get(id) === userId) return { present: true, id };
      if (owners.get(alt) === userId) return { present: true, id: alt };
      if (!owners.has(id)) return { present: false, id };
      if (!owners.has(alt)) return { present: false, id: alt };
      return undefined;
    });
  }

  /** Inserts the new rows of one kind; a row another request took meanwhile refuses the file (it is rolled back). */
  async function insertNew<Row>(
    rows: readonly Row[],
    insert: (part: Row[]) => Promise<{ readonly numInsertedOrUpdatedRows?: bigint | undefined }>,
    field: string,
  ): Promise<void> {
    for (const part of chunks(rows)) {
      const result = await insert(part);
      if (Number(result.numInsertedOrUpdatedRows ?? 0) !== part.length)
        throw new ImportRefused(domainError('invalid_input', field));
    }
  }

  /** Splits a kind's records into those the account has and the new ones with the ids they get. */
  async function splitNew<T extends { readonly id: string }>(
    table: OwnedTable,
    kind: keyof ImportCounts,
    records: readonly T[],
  ) {
    const placements = await placementsOf(
      table,
      kind,
      records.map((r) => r.id),
    );
    const fresh: (T & { readonly storedId: string })[] = [];
    records.forEach((record, i) => {
      const placement = placements[i];
      if (placement === undefined) throw new ImportRefused(domainError('invalid_input', `${kind}.${i}.id`));
      if (placement.present) unchanged[kind]++;
      else fresh.push({ ...record, storedId: placement.id });
    });
    added[kind] += fresh.length;
    return fresh;
  }

  // Own symptoms first: check-ins and pins name them, under the id each is stored with here.
  const symptomIds = new Map<string, string>();
  const ownPlacements = await placementsOf(
    'own_symptoms',
    'ownSymptoms',
    file.ownSymptoms.map((s) => s.id),
    // Still `own-…`, so the catalogue's symptoms and the person's own stay apart.
    (id) => `own-${importedId(userId, 'ownSymptoms', id)}`,
  );
  const newOwn = file.ownSymptoms.flatMap((s, i) => {
    const placement = ownPlacements[i];
    if (placement === undefined) throw new ImportRefused(domainError('invalid_input', `ownSymptoms.${i}.id`));
    const { id } = placement;
    symptomIds.set(s.id, id);
    if (placement.present) {
      unchanged.ownSymptoms++;
      return [];
    }
    return [{ ...s, id }];
  });
  added.ownSymptoms = newOwn.length;
  await insertNew(
    newOwn,
    (part) =>
      db
        .insertInto('own_symptoms')
        .values(
          part.map((s) => ({
            id: s.id,
            user_id: userId,
            name: s.name,
            symptom_group: s.group,
            created_at: s.createdAt,
            retired_at: s.retiredAt,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst(),
    'ownSymptoms',
  );
  const symptomId = (id: string) => symptomIds.get(id) ?? id;
  const renamed = (record: CheckinRecord): CheckinRecord =>
    symptomIds.size === 0
      ? record
      : { ...record, severities: record.severities.map((s) => ({ ...s, symptomId: symptomId(s.symptomId) })) };

  // Pins: a choice the account made already is kept.
  for (const pin of file.pins) {
    const result = await db
      .insertInto('symptom_pins')
      .values({
        user_id: userId,
        symptom_id: symptomId(pin.symptomId),
        pinned: pin.pinned ? 1 : 0,
        updated_at: options.now,
      })
      .onConflict((oc) => oc.columns(['user_id', 'symptom_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) added.pins++;
    else unchanged.pins++;
  }

  // Plans: new revisions appended in the file's order; holds added by id, to new and present revisions alike.
  const revisions = await placementsOf(
    'plan_revisions',
    'plans',
    file.plans.map((p) => p.id),
  );
  const holdIds = file.plans.flatMap((p) => p.holds.map((h) => h.id));
  const holdOwners = new Map<string, string>();
  for (const part of chunks([...holdIds, ...holdIds.map((id) => importedId(userId, 'holds', id))])) {
    const rows = await db
      .selectFrom('plan_holds')
      .innerJoin('plan_revisions', 'plan_revisions.id', 'plan_holds.revision_id')
      .select(['plan_holds.id', 'plan_revisions.user_id'])
      .where('plan_holds.id', 'in', part)
      .execute();
    for (const r of rows) holdOwners.set(r.id, r.user_id);
  }
  for (const [i, plan] of file.plans.entries()) {
    const placement = revisions[i];
    if (placement === undefined) throw new ImportRefused(domainError('invalid_input', `plans.${i}.id`));
    if (placement.present) unchanged.plans++;
    else {
      await store.plans.saveRevision(userId, placement.id, plan.input, plan.createdAt);
      added.plans++;
    }
    for (const [j, hold] of plan.holds.entries()) {
      const alt = importedId(userId, 'holds', hold.id);
      if (holdOwners.get(hold.id) === userId || holdOwners.get(alt) === userId) {
        unchanged.holds++;
        continue;
      }
      const id = !holdOwners.has(hold.id) ? hold.id : !holdOwners.has(alt) ? alt : undefined;
      if (id === undefined) throw new ImportRefused(domainError('invalid_input', `plans.${i}.holds.${j}.id`));
      const { id: _fileId, ...stored } = hold;
      await store.plans.addHold(placement.id, id, stored);
      added.holds++;
    }
  }

  // Check-ins through the one merge sync uses; a new day keeps the file's id where it is free.
  const dayOwners = await ownersOf('checkins', [
    ...file.checkins.map((c) => c.id),
    ...file.checkins.map((c) => importedId(userId, 'checkins', c.id)),
  ]);
  const versionPlacements = await placementsOf(
    'checkin_versions',
    'versions',
    file.checkins.flatMap((c) => c.versions.map((v) => v.id)),
  );
  let v = 0;
  for (const checkin of file.checkins) {
    const alt = importedId(userId, 'checkins', checkin.id);
    const dayId = !dayOwners.has(checkin.id) ? checkin.id : !dayOwners.has(alt) ? alt : options.newId();
    const put = await store.checkins.put(
      userId,
      (kind) => (kind === 'checkin' ? dayId : options.newId()),
      renamed(checkin.record),
      { now: options.now, editedAt: checkin.editedAt },
    );
    if (put.change === 'created') added.checkins++;
    else if (put.change === 'none') unchanged.checkins++;
    else merged.checkins++;
    for (const version of checkin.versions) {
      const placement = versionPlacements[v++];
      const kept =
        placement?.present !== true &&
        (await store.checkins.keepVersion(userId, {
          ...version,
          id: placement?.id ?? options.newId(),
          record: renamed(version.record),
        }));
      if (kept) added.versions++;
      else unchanged.versions++;
    }
  }

  const doses = await splitNew('intakes', 'doses', file.doses);
  await insertNew(
    doses,
    (part) =>
      db
        .insertInto('intakes')
        .values(
          part.map((d) => ({
            id: d.storedId,
            user_id: userId,
            date: d.date,
            taken_at: d.takenAt,
            dose_micrograms: d.doseMicrograms,
            medication_id: d.medicationId,
            form: d.form,
            note: d.note,
            created_at: options.now,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst(),
    'doses',
  );

  const questionnaires = await splitNew('assessments', 'questionnaires', file.questionnaires);
  await insertNew(
    questionnaires,
    (part) =>
      db
        .insertInto('assessments')
        .values(
          part.map((q) => ({
            id: q.storedId,
            user_id: userId,
            instrument: q.instrument,
            date: q.date,
            answers: JSON.stringify(q.answers),
            unscored: JSON.stringify(q.unscored),
            score: q.score,
            band: q.band,
            created_at: q.createdAt,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst(),
    'questionnaires',
  );

  const events = await splitNew('events', 'events', file.events);
  await insertNew(
    events,
    (part) =>
      db
        .insertInto('events')
        .values(
          part.map((e) => ({
            id: e.storedId,
            user_id: userId,
            kind: e.kind,
            occurred_at: e.occurredAt,
            occurred_on: e.occurredOn,
            note: e.note,
            created_at: e.createdAt,
            confirmed_at: e.confirmedAt,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst(),
    'events',
  );

  return { added, merged, unchanged };
}
