/**
 * Repositories over the database. Every read and write of personal data takes the owner's user id
 * and filters by it, so one person's rows can never be reached through another's session.
 */
import { createShareStore } from './shares.js';
import type { Kysely } from 'kysely';
import {
  addDays,
  err,
  INTAKE_FORMS,
  ok,
  type DomainError,
  type Result,
  type CalendarDate,
  type CheckinRecord,
  type CheckinTag,
  type Intake,
  type Severity,
} from '../core/index.js';
import type { CheckedImport } from '../api/import-check.js';
import type { ImportAnswer } from '../api/import-schemas.js';
import { createAccountStore } from './accounts.js';
import { ImportRefused, importPerson, type ImportOptions } from './person-import.js';
import { readPersonExport } from './person-export.js';
import type { Database } from './schema.js';

export interface StoredCheckin extends CheckinRecord {
  readonly createdAt: string;
  readonly updatedAt: string;
  /** When the person made this version on their device. */
  readonly editedAt: string;
}

export interface CheckinVersion {
  readonly record: CheckinRecord;
  readonly editedAt: string;
  readonly supersededAt: string;
}

export interface PutResult {
  readonly current: StoredCheckin;
  /** True when the incoming edit differs from the stored one and is older: it is kept in history (once), not applied. */
  readonly superseded: boolean;
  /**
   * What the put did: made the day, replaced its content (the earlier content kept as a version), kept the incoming
   * edit as a version, or nothing (the same content, or an older edit already kept).
   */
  readonly change: 'created' | 'replaced' | 'kept' | 'none';
}

/** What a new row is: the day's check-in, or a version kept in its history. */
export type CheckinRowKind = 'checkin' | 'version';

export interface StoredEvent {
  readonly id: string;
  readonly kind: string;
  readonly occurredAt: string;
  /** The person's own calendar day of the event (the date their device wrote); null on rows from before it was kept. */
  readonly occurredOn: CalendarDate | null;
  readonly note: string;
  readonly createdAt: string;
  /** When the person confirmed it is safe to go on with the plan; null until then. */
  readonly confirmedAt: string | null;
}

export interface StoredRevision {
  readonly id: string;
  readonly revision: number;
  /** The plan request as saved (JSON-parsed, unvalidated: callers re-check it through the API schema). */
  readonly input: unknown;
  readonly createdAt: string;
}

export interface StoredHold {
  readonly stepIndex: number;
  readonly days: number;
  readonly reason: string;
  readonly createdAt: string;
}

export interface StoredAssessment {
  readonly id: string;
  readonly instrument: string;
  readonly date: CalendarDate;
  readonly answers: readonly number[];
  readonly unscored: Readonly<Record<string, number>>;
  readonly score: number;
  readonly band: string | null;
  readonly createdAt: string;
}

export interface OwnSymptom {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
}

export interface DailyIntakeTotal {
  readonly date: CalendarDate;
  readonly medicationId: string | null;
  readonly doseMicrograms: number;
  readonly count: number;
}

export interface DateRange {
  readonly from?: CalendarDate | undefined;
  readonly to?: CalendarDate | undefined;
}

/** Most rows any list returns at once; about three years of daily check-ins. */
export const MAX_LIST_ROWS = 1100;

interface EventRow {
  readonly id: string;
  readonly kind: string;
  readonly occurred_at: string;
  readonly occurred_on: string | null;
  readonly note: string;
  readonly created_at: string;
  readonly confirmed_at: string | null;
}

const eventOf = (r: EventRow): StoredEvent => ({
  id: r.id,
  kind: r.kind,
  occurredAt: r.occurred_at,
  occurredOn: r.occurred_on,
  note: r.note,
  createdAt: r.created_at,
  confirmedAt: r.confirmed_at,
});
/** Earlier versions of one day shown at once, newest first (issue #9: each is a whole check-in). */
export const MAX_VERSIONS_LISTED = 100;
/** Reads of one day a check-in save makes at most: each further one means another request changed the day meanwhile. */
const MAX_CHECKIN_PUT_ATTEMPTS = 5;
/**
 * Doses in one answer: three a day for a year. The store reads one more, so the route can refuse a range that holds
 * more (`range_too_long`) rather than leave some out without saying.
 */
export const MAX_DOSES_LISTED = MAX_LIST_ROWS;
/** Plan revisions listed with the plan, newest first (issue #9: the list is read on every GET /plan). */
export const MAX_REVISIONS_LISTED = 50;

/**
 * Code-point order, not localeCompare: every list read sorts each day's ratings, and ICU collation allocated a
 * quarter of a 90-day read's memory (issue #9, the p99 of a history read was its garbage collection).
 */
const bySymptomId = (a: { readonly symptomId: string }, b: { readonly symptomId: string }) =>
  a.symptomId < b.symptomId ? -1 : a.symptomId > b.symptomId ? 1 : 0;

/** Ratings are kept as one JSON object per day, keys in a stable order so equal days serialise equally. */
function serializeSeverities(severities: CheckinRecord['severities']): string {
  const sorted = [...severities].sort(bySymptomId);
  return JSON.stringify(Object.fromEntries(sorted.map((s) => [s.symptomId, s.severity])));
}

function parseSeverities(json: string): { symptomId: string; severity: Severity }[] {
  const parsed = JSON.parse(json) as Record<string, Severity>;
  const severities: { symptomId: string; severity: Severity }[] = [];
  for (const symptomId in parsed) severities.push({ symptomId, severity: parsed[symptomId] as Severity });
  // Rows written since the order became code points are in order already, and V8's sort copies even a sorted array.
  const inOrder = severities.every((s, i) => i === 0 || bySymptomId(severities[i - 1] ?? s, s) <= 0);
  return inOrder ? severities : severities.sort(bySymptomId);
}

/** A check-in's content as JSON with a fixed key and rating order, so equal content compares equal. */
function canonicalRecord(r: CheckinRecord): string {
  const severities = [...r.severities].sort(bySymptomId).map((s) => ({ symptomId: s.symptomId, severity: s.severity }));
  return JSON.stringify({
    date: r.date,
    severities,
    sleepMinutes: r.sleepMinutes,
    doseMicrograms: r.doseMicrograms,
    note: r.note,
    tags: r.tags,
  });
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Inserts a record named by a client-generated id, once. A retry with the same id finds the person's stored
 * record ('existing'); an id that belongs to someone else is 'taken', revealing nothing about it.
 */
async function insertOnce<T>(
  record: T,
  insert: () => Promise<unknown>,
  findOwn: () => Promise<T | undefined>,
): Promise<{ readonly status: 'created' | 'existing'; readonly record: T } | 'taken'> {
  try {
    await insert();
    return { status: 'created', record };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const own = await findOwn();
    return own === undefined ? 'taken' : { status: 'existing', record: own };
  }
}

/**
 * Runs `work` in one transaction. Inside a transaction already (Kysely has no nested ones) it joins that one, so a
 * repository that needs several statements stays atomic and can also take part in a caller's larger transaction.
 */
function atomically<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

export interface Transactional {
  /**
   * Runs `work` against a store whose every read and write belongs to one transaction: if `work` throws (a refusal
   * computed after a write, say), nothing it wrote is kept. Inside `work`, use only `tx`: on SQLite's single
   * connection the outer store would wait for the transaction to end.
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
}

export type Store = ReturnType<typeof createRepositories> & Transactional;

export function createStore(db: Kysely<Database>): Store {
  return { ...createRepositories(db), transaction: (work) => atomically(db, (trx) => work(createStore(trx))) };
}

function createRepositories(db: Kysely<Database>) {
  type CheckinRow = Pick<
    Database['checkins'],
    | 'id'
    | 'date'
    | 'sleep_minutes'
    | 'dose_micrograms'
    | 'note'
    | 'severities'
    | 'created_at'
    | 'updated_at'
    | 'edited_at'
  > & { tags: string };
  const checkinColumns = [
    'id',
    'date',
    'sleep_minutes',
    'dose_micrograms',
    'note',
    'severities',
    'created_at',
    'updated_at',
    'edited_at',
    'tags',
  ] as const;

  function toStoredCheckin(row: CheckinRow): StoredCheckin {
    return {
      date: row.date,
      severities: parseSeverities(row.severities),
      sleepMinutes: row.sleep_minutes,
      doseMicrograms: row.dose_micrograms,
      note: row.note,
      tags: JSON.parse(row.tags) as CheckinTag[],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      editedAt: row.edited_at ?? row.updated_at,
    };
  }

  const recordOf = (c: StoredCheckin): CheckinRecord => ({
    date: c.date,
    severities: c.severities,
    sleepMinutes: c.sleepMinutes,
    doseMicrograms: c.doseMicrograms,
    note: c.note,
    tags: c.tags,
  });

  return {
    ...createAccountStore(db),
    shares: createShareStore(db, (work) => atomically(db, work)),
    /** Everything the person owns as the export file, one consistent snapshot; undefined for no such account. */
    exportOf: (userId: string, exportedAt: string) => readPersonExport(db, userId, exportedAt),
    /**
     * Merges a checked export file into the person's records in one transaction (storage/person-import.ts): the
     * counts, or the refusal of a record whose id cannot be placed, in which case nothing is kept.
     */
    async importFile(
      userId: string,
      file: CheckedImport,
      options: ImportOptions,
    ): Promise<Result<ImportAnswer, DomainError>> {
      try {
        return ok(
          await atomically(db, (trx) => importPerson({ db: trx, store: createStore(trx) }, userId, file, options)),
        );
      } catch (error) {
        // Inside a caller's transaction the refusal goes on up, so that transaction keeps nothing either.
        if (error instanceof ImportRefused && !db.isTransaction) return err(error.error);
        throw error;
      }
    },

    checkins: {
      /**
       * Creates or replaces the check-in of `record.date` in one transaction. `editedAt` is when the person made
       * this edit: if the stored version is newer, this one goes to history instead (a late sync from another
       * device); otherwise the stored version goes to history and this one becomes current. Replays change
       * nothing: an edit whose content equals the current check-in is ignored whatever its `editedAt` (a replay's
       * edit time can differ, as the server caps device clocks set in the future), and an older edit already in
       * history with the same `editedAt` is not kept twice. `newId` names new rows (the check-in when the day is
       * new, each history entry).
       */
      async put(
        userId: string,
        newId: (kind: CheckinRowKind) => string,
        record: CheckinRecord,
        times: { readonly now: string; readonly editedAt: string },
      ): Promise<PutResult> {
        return atomically(db, async (trx) => {
          const severities = serializeSeverities(record.severities);
          const keep = (version: CheckinRecord, editedAt: string) =>
            trx
              .insertInto('checkin_versions')
              .values({
                id: newId('version'),
                user_id: userId,
                date: record.date,
                record: JSON.stringify(version),
                edited_at: editedAt,
                superseded_at: times.now,
              })
              .execute();

          const incoming = canonicalRecord(record);
          // Two edits of one day at once on PostgreSQL must not both insert the day (a unique violation) or both
          // replace the same version (a lost edit): the day's row is read locked until this transaction ends, and a
          // new day is inserted only if still absent. A replay of the current content writes nothing.
          let row: CheckinRow | undefined;
          for (let attempt = 0; row === undefined; attempt++) {
            if (attempt === MAX_CHECKIN_PUT_ATTEMPTS) throw new Error(`the check-in of ${record.date} kept changing`);
            const seen = await trx
              .selectFrom('checkins')
              .select(checkinColumns)
              .where('user_id', '=', userId)
              .where('date', '=', record.date)
              .forUpdate()
              .executeTakeFirst();
            if (seen === undefined) {
              const created = await trx
                .insertInto('checkins')
                .values({
                  id: newId('checkin'),
                  user_id: userId,
                  date: record.date,
                  sleep_minutes: record.sleepMinutes,
                  dose_micrograms: record.doseMicrograms,
                  note: record.note,
                  severities,
                  tags: JSON.stringify(record.tags),
                  created_at: times.now,
                  updated_at: times.now,
                  edited_at: times.editedAt,
                })
                .onConflict((oc) => oc.columns(['user_id', 'date']).doNothing())
                .executeTakeFirst();
              if (Number(created.numInsertedOrUpdatedRows ?? 0) > 0)
                return {
                  current: { ...record, createdAt: times.now, updatedAt: times.now, editedAt: times.editedAt },
                  superseded: false,
                  change: 'created',
                };
              continue; // another request created the day a moment ago: read it
            }
            row = seen;
          }
          const existing = toStoredCheckin(row);
          const stored = canonicalRecord(recordOf(existing));
          if (stored === incoming) return { current: existing, superseded: false, change: 'none' };
          // Two edits made at the same moment: the content decides, so whichever arrives first the same one wins (an
          // import's merge must not depend on the order of two files, nor sync on the order of two devices).
          if (times.editedAt < existing.editedAt || (times.editedAt === existing.editedAt && incoming < stored)) {
            const kept = await trx
              .selectFrom('checkin_versions')
              .select('record')
              .where('user_id', '=', userId)
              .where('date', '=', record.date)
              .where('edited_at', '=', times.editedAt)
              .execute();
            const already = kept.some((v) => canonicalRecord(JSON.parse(v.record) as CheckinRecord) === incoming);
            if (!already) await keep(record, times.editedAt);
            return { current: existing, superseded: true, change: already ? 'none' : 'kept' };
          }
          await keep(recordOf(existing), existing.editedAt);
          await trx
            .updateTable('checkins')
            .set({
              sleep_minutes: record.sleepMinutes,
              dose_micrograms: record.doseMicrograms,
              note: record.note,
              severities,
              tags: JSON.stringify(record.tags),
              updated_at: times.now,
              edited_at: times.editedAt,
            })
            .where('id', '=', row.id)
            .execute();
          return {
            current: { ...record, createdAt: existing.createdAt, updatedAt: times.now, editedAt: times.editedAt },
            superseded: false,
            change: 'replaced',
          };
        });
      },
      /**
       * Adds an edit of a day to its history under `version.id` (an imported file's version), unless the day already
       * holds that very edit (the same content and edit time) as its check-in or as a version: true when kept. The
       * content equal to the check-in at another time is kept, as the day went a → b → a.
       */
      async keepVersion(
        userId: string,
        version: {
          readonly id: string;
          readonly record: CheckinRecord;
          readonly editedAt: string;
          readonly supersededAt: string;
        },
      ): Promise<boolean> {
        return atomically(db, async (trx) => {
          const { record, editedAt } = version;
          const incoming = canonicalRecord(record);
          const day = await trx
            .selectFrom('checkins')
            .select(checkinColumns)
            .where('user_id', '=', userId)
            .where('date', '=', record.date)
            .executeTakeFirst();
          const current = day && toStoredCheckin(day);
          if (current?.editedAt === editedAt && canonicalRecord(recordOf(current)) === incoming) return false;
          const kept = await trx
            .selectFrom('checkin_versions')
            .select('record')
            .where('user_id', '=', userId)
            .where('date', '=', record.date)
            .where('edited_at', '=', editedAt)
            .execute();
          if (kept.some((v) => canonicalRecord(JSON.parse(v.record) as CheckinRecord) === incoming)) return false;
          await trx
            .insertInto('checkin_versions')
            .values({
              id: version.id,
              user_id: userId,
              date: record.date,
              record: JSON.stringify(record),
              edited_at: editedAt,
              superseded_at: version.supersededAt,
            })
            .execute();
          return true;
        });
      },
      /** Earlier and superseded versions of a day, newest edit first. */
      async versions(userId: string, date: CalendarDate): Promise<CheckinVersion[]> {
        const rows = await db
          .selectFrom('checkin_versions')
          .select(['record', 'edited_at', 'superseded_at'])
          .where('user_id', '=', userId)
          .where('date', '=', date)
          .orderBy('edited_at', 'desc')
          .orderBy('superseded_at', 'desc')
          .limit(MAX_VERSIONS_LISTED)
          .execute();
        return rows.map((r) => ({
          record: JSON.parse(r.record) as CheckinRecord,
          editedAt: r.edited_at,
          supersededAt: r.superseded_at,
        }));
      },
      async get(userId: string, date: CalendarDate): Promise<StoredCheckin | undefined> {
        const row = await db
          .selectFrom('checkins')
          .select(checkinColumns)
          .where('user_id', '=', userId)
          .where('date', '=', date)
          .executeTakeFirst();
        return row && toStoredCheckin(row);
      },
      /** Newest first. */
      async list(userId: string, range: DateRange): Promise<StoredCheckin[]> {
        let query = db.selectFrom('checkins').select(checkinColumns).where('user_id', '=', userId);
        if (range.from !== undefined) query = query.where('date', '>=', range.from);
        if (range.to !== undefined) query = query.where('date', '<=', range.to);
        const rows = await query.orderBy('date', 'desc').limit(MAX_LIST_ROWS).execute();
        return rows.map(toStoredCheckin);
      },
      /** Each day's dose as written in its check-in, oldest first: all adherence reads of a check-in (no notes). */
      async doses(
        userId: string,
        range: { readonly from: CalendarDate; readonly to: CalendarDate },
      ): Promise<{ date: CalendarDate; doseMicrograms: number }[]> {
        const rows = await db
          .selectFrom('checkins')
          .select(['date', 'dose_micrograms'])
          .where('user_id', '=', userId)
          .where('date', '>=', range.from)
          .where('date', '<=', range.to)
          .where('dose_micrograms', 'is not', null)
          .orderBy('date')
          .execute();
        return rows.flatMap((r) =>
          r.dose_micrograms === null ? [] : [{ date: r.date, doseMicrograms: r.dose_micrograms }],
        );
      },
      /** Deletes the day's check-in with its earlier versions (private notes included), together. True when there was one. */
      async delete(userId: string, date: CalendarDate): Promise<boolean> {
        return atomically(db, async (trx) => {
          await trx.deleteFrom('checkin_versions').where('user_id', '=', userId).where('date', '=', date).execute();
          const result = await trx
            .deleteFrom('checkins')
            .where('user_id', '=', userId)
            .where('date', '=', date)
            .executeTakeFirst();
          return Number(result.numDeletedRows) > 0;
        });
      },
    },

    events: {
      /** Records an event; a retry with the same id returns the stored one, another person's id is 'taken'. */
      async create(
        userId: string,
        event: Omit<StoredEvent, 'confirmedAt'>,
      ): Promise<{ readonly status: 'created' | 'existing'; readonly event: StoredEvent } | 'taken'> {
        const once = await insertOnce<StoredEvent>(
          { ...event, confirmedAt: null },
          () =>
            db
              .insertInto('events')
              .values({
                id: event.id,
                user_id: userId,
                kind: event.kind,
                occurred_at: event.occurredAt,
                occurred_on: event.occurredOn,
                note: event.note,
                created_at: event.createdAt,
              })
              .execute(),
          async () => (await this.list(userId, event.id))[0],
        );
        return once === 'taken' ? once : { status: once.status, event: once.record };
      },
      /** Newest first; optionally only the event with `id`. */
      async list(userId: string, id?: string): Promise<StoredEvent[]> {
        let query = db
          .selectFrom('events')
          .select(['id', 'kind', 'occurred_at', 'occurred_on', 'note', 'created_at', 'confirmed_at'])
          .where('user_id', '=', userId);
        if (id !== undefined) query = query.where('id', '=', id);
        const rows = await query.orderBy('occurred_at', 'desc').limit(MAX_LIST_ROWS).execute();
        return rows.map(eventOf);
      },
      /** What a plan's pauses need of every event (no notes), newest first, at most MAX_LIST_ROWS as `list`. */
      async forPauses(userId: string): Promise<Omit<StoredEvent, 'note' | 'createdAt'>[]> {
        const rows = await db
          .selectFrom('events')
          .select(['id', 'kind', 'occurred_at', 'occurred_on', 'confirmed_at'])
          .where('user_id', '=', userId)
          .orderBy('occurred_at', 'desc')
          .limit(MAX_LIST_ROWS)
          .execute();
        return rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          occurredAt: r.occurred_at,
          occurredOn: r.occurred_on,
          confirmedAt: r.confirmed_at,
        }));
      },
      /**
       * The events of the person's days `from`..`to` (their own day, `occurredOn`; on rows from before it was kept, the
       * UTC day of `occurredAt`), newest first, at most MAX_LIST_ROWS. The person's day is at most a day either side of
       * the UTC one (offsets up to ±14 h), so the (user_id, occurred_at) index bounds the read to the range and a day.
       */
      async between(userId: string, range: { readonly from: CalendarDate; readonly to: CalendarDate }) {
        const rows = await db
          .selectFrom('events')
          .select(['id', 'kind', 'occurred_at', 'occurred_on', 'note', 'created_at', 'confirmed_at'])
          .where('user_id', '=', userId)
          .where('occurred_at', '>=', addDays(range.from, -1))
          .where('occurred_at', '<', addDays(range.to, 2))
          .where((eb) =>
            eb.or([
              eb.and([eb('occurred_on', '>=', range.from), eb('occurred_on', '<=', range.to)]),
              eb.and([
                eb('occurred_on', 'is', null),
                eb('occurred_at', '>=', range.from),
                eb('occurred_at', '<', addDays(range.to, 1)),
              ]),
            ]),
          )
          .orderBy('occurred_at', 'desc')
          .limit(MAX_LIST_ROWS)
          .execute();
        return rows.map(eventOf);
      },
      /**
       * Records that the person confirmed it is safe to go on after the event. Once only: a repeat keeps the first
       * time. Undefined when the person has no event with this id (someone else's included).
       */
      async confirm(userId: string, id: string, now: string): Promise<StoredEvent | undefined> {
        await db
          .updateTable('events')
          .set({ confirmed_at: now })
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .where('confirmed_at', 'is', null)
          .execute();
        return (await this.list(userId, id))[0];
      },
      /** Removes the person's event with this id; false when they have none (someone else's included). */
      async delete(userId: string, id: string): Promise<boolean> {
        const result = await db
          .deleteFrom('events')
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      },
    },

    plans: {
      /** Appends a new revision (1, 2, 3 … per person) and returns it; earlier revisions stay as they were. */
      async saveRevision(userId: string, id: string, input: unknown, now: string): Promise<StoredRevision> {
        return atomically(db, async (trx) => {
          // Locks the person's row first, so two saves at once on PostgreSQL take numbers in turn instead of both
          // reading the same last revision (a unique violation, 500).
          await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
          const last = await trx
            .selectFrom('plan_revisions')
            .select((eb) => eb.fn.max('revision').as('revision'))
            .where('user_id', '=', userId)
            .executeTakeFirst();
          const revision = (last?.revision ?? 0) + 1;
          await trx
            .insertInto('plan_revisions')
            .values({ id, user_id: userId, revision, input: JSON.stringify(input), created_at: now })
            .execute();
          return { id, revision, input, createdAt: now };
        });
      },
      async latest(userId: string): Promise<StoredRevision | undefined> {
        const row = await db
          .selectFrom('plan_revisions')
          .select(['id', 'revision', 'input', 'created_at'])
          .where('user_id', '=', userId)
          .orderBy('revision', 'desc')
          .limit(1)
          .executeTakeFirst();
        return (
          row && {
            id: row.id,
            revision: row.revision,
            input: JSON.parse(row.input) as unknown,
            createdAt: row.created_at,
          }
        );
      },
      /** The newest revisions, newest first. */
      async history(userId: string): Promise<{ revision: number; createdAt: string; input: unknown }[]> {
        const rows = await db
          .selectFrom('plan_revisions')
          .select(['revision', 'input', 'created_at'])
          .where('user_id', '=', userId)
          .orderBy('revision', 'desc')
          .limit(MAX_REVISIONS_LISTED)
          .execute();
        return rows.map((r) => ({
          revision: r.revision,
          createdAt: r.created_at,
          input: JSON.parse(r.input) as unknown,
        }));
      },
      async addHold(revisionId: string, id: string, hold: StoredHold): Promise<void> {
        await db
          .insertInto('plan_holds')
          .values({
            id,
            revision_id: revisionId,
            step_index: hold.stepIndex,
            days: hold.days,
            reason: hold.reason,
            created_at: hold.createdAt,
          })
          .execute();
      },
      /** Holds of one revision, oldest first. */
      async holds(revisionId: string): Promise<StoredHold[]> {
        const rows = await db
          .selectFrom('plan_holds')
          .select(['step_index', 'days', 'reason', 'created_at'])
          .where('revision_id', '=', revisionId)
          .orderBy('created_at')
          .orderBy('id')
          .limit(MAX_LIST_ROWS)
          .execute();
        return rows.map((r) => ({ stepIndex: r.step_index, days: r.days, reason: r.reason, createdAt: r.created_at }));
      },
    },

    assessments: {
      /**
       * Stores a result. A retry with the same id returns the stored one unchanged ('existing'); an id that
       * belongs to someone else is refused ('taken') without revealing anything about it.
       */
      async create(
        userId: string,
        a: StoredAssessment,
      ): Promise<{ readonly status: 'created' | 'existing'; readonly assessment: StoredAssessment } | 'taken'> {
        const once = await insertOnce(
          a,
          () =>
            db
              .insertInto('assessments')
              .values({
                id: a.id,
                user_id: userId,
                instrument: a.instrument,
                date: a.date,
                answers: JSON.stringify(a.answers),
                unscored: JSON.stringify(a.unscored),
                score: a.score,
                band: a.band,
                created_at: a.createdAt,
              })
              .execute(),
          async () => (await this.list(userId, {}, undefined, a.id))[0],
        );
        return once === 'taken' ? once : { status: once.status, assessment: once.record };
      },
      /** Newest first; optionally one instrument, a date range, or one id. */
      async list(userId: string, range: DateRange, instrument?: string, id?: string): Promise<StoredAssessment[]> {
        let query = db
          .selectFrom('assessments')
          .select(['id', 'instrument', 'date', 'answers', 'unscored', 'score', 'band', 'created_at'])
          .where('user_id', '=', userId);
        if (instrument !== undefined) query = query.where('instrument', '=', instrument);
        if (id !== undefined) query = query.where('id', '=', id);
        if (range.from !== undefined) query = query.where('date', '>=', range.from);
        if (range.to !== undefined) query = query.where('date', '<=', range.to);
        // One more than a list carries, so the route can tell a range that holds more (issue #9).
        const rows = await query
          .orderBy('date', 'desc')
          .orderBy('created_at', 'desc')
          .limit(MAX_LIST_ROWS + 1)
          .execute();
        return rows.map((r) => ({
          id: r.id,
          instrument: r.instrument,
          date: r.date,
          answers: JSON.parse(r.answers) as number[],
          unscored: JSON.parse(r.unscored) as Record<string, number>,
          score: r.score,
          band: r.band,
          createdAt: r.created_at,
        }));
      },
    },

    symptoms: {
      /** The person's explicit pin choices; symptoms without one follow the catalogue's default. */
      async pins(userId: string): Promise<Map<string, boolean>> {
        const rows = await db
          .selectFrom('symptom_pins')
          .select(['symptom_id', 'pinned'])
          .where('user_id', '=', userId)
          .execute();
        return new Map(rows.map((r) => [r.symptom_id, r.pinned === 1]));
      },
      async setPin(userId: string, symptomId: string, pinned: boolean, now: string): Promise<void> {
        await db
          .insertInto('symptom_pins')
          .values({ user_id: userId, symptom_id: symptomId, pinned: pinned ? 1 : 0, updated_at: now })
          .onConflict((oc) =>
            oc.columns(['user_id', 'symptom_id']).doUpdateSet({ pinned: pinned ? 1 : 0, updated_at: now }),
          )
          .execute();
      },
      /** Every symptom the person added, retired ones included (their history stays readable). */
      async own(userId: string): Promise<OwnSymptom[]> {
        const rows = await db
          .selectFrom('own_symptoms')
          .select(['id', 'name', 'symptom_group', 'created_at', 'retired_at'])
          .where('user_id', '=', userId)
          .orderBy('created_at')
          .orderBy('id')
          .limit(MAX_LIST_ROWS)
          .execute();
        return rows.map((r) => ({
          id: r.id,
          name: r.name,
          group: r.symptom_group,
          createdAt: r.created_at,
          retiredAt: r.retired_at,
        }));
      },
      /** Adds a symptom of the person's own; 'taken' when the id already belongs to someone else. */
      async addOwn(userId: string, symptom: OwnSymptom): Promise<OwnSymptom | 'taken'> {
        const once = await insertOnce(
          symptom,
          () =>
            db
              .insertInto('own_symptoms')
              .values({
                id: symptom.id,
                user_id: userId,
                name: symptom.name,
                symptom_group: symptom.group,
                created_at: symptom.createdAt,
                retired_at: null,
              })
              .execute(),
          async () => (await this.own(userId)).find((s) => s.id === symptom.id),
        );
        return once === 'taken' ? once : once.record;
      },
      /** Stops offering the symptom; past ratings of it are kept. True when it was the person's and active. */
      async retireOwn(userId: string, id: string, now: string): Promise<boolean> {
        const result = await db
          .updateTable('own_symptoms')
          .set({ retired_at: now })
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .where('retired_at', 'is', null)
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      },
    },

    intakes: {
      /** Records an intake; a retry with the same id returns the stored one, another person's id is 'taken'. */
      async create(
        userId: string,
        intake: Intake,
        now: string,
      ): Promise<{ readonly status: 'created' | 'existing'; readonly intake: Intake } | 'taken'> {
        const once = await insertOnce(
          intake,
          () =>
            db
              .insertInto('intakes')
              .values({
                id: intake.id,
                user_id: userId,
                date: intake.date,
                taken_at: intake.takenAt,
                dose_micrograms: intake.doseMicrograms,
                medication_id: intake.medicationId,
                form: intake.form,
                note: intake.note,
                created_at: now,
              })
              .execute(),
          async () => (await this.list(userId, {}, intake.id))[0],
        );
        return once === 'taken' ? once : { status: once.status, intake: once.record };
      },
      /** Oldest first within the range; optionally only the intake with `id`. */
      async list(userId: string, range: DateRange, id?: string): Promise<Intake[]> {
        let query = db
          .selectFrom('intakes')
          .select(['id', 'date', 'taken_at', 'medication_id', 'dose_micrograms', 'form', 'note'])
          .where('user_id', '=', userId);
        if (id !== undefined) query = query.where('id', '=', id);
        if (range.from !== undefined) query = query.where('date', '>=', range.from);
        if (range.to !== undefined) query = query.where('date', '<=', range.to);
        // Doses at the same moment (a time typed to the minute) come in the order they were logged.
        const rows = await query
          .orderBy('taken_at')
          .orderBy('created_at')
          .orderBy('id')
          .limit(MAX_DOSES_LISTED + 1)
          .execute();
        return rows.map((r) => ({
          id: r.id,
          date: r.date,
          takenAt: r.taken_at,
          medicationId: r.medication_id,
          doseMicrograms: r.dose_micrograms,
          form: INTAKE_FORMS.find((f) => f === r.form) ?? null,
          note: r.note,
        }));
      },
      /**
       * Each day's total per medicine and how many intakes made it, for adherence: one row per day and medicine
       * however many doses were logged, and no notes read.
       */
      async dailyTotals(
        userId: string,
        range: { readonly from: CalendarDate; readonly to: CalendarDate },
      ): Promise<DailyIntakeTotal[]> {
        const rows = await db
          .selectFrom('intakes')
          .select((eb) => [
            'date',
            'medication_id',
            eb.fn.sum<number | string>('dose_micrograms').as('total'),
            eb.fn.countAll<number | string>().as('count'),
          ])
          .where('user_id', '=', userId)
          .where('date', '>=', range.from)
          .where('date', '<=', range.to)
          .groupBy(['date', 'medication_id'])
          .orderBy('date')
          .execute();
        // PostgreSQL answers sums and counts as bigint strings.
        return rows.map((r) => ({
          date: r.date,
          medicationId: r.medication_id,
          doseMicrograms: Number(r.total),
          count: Number(r.count),
        }));
      },
      /** The first date the person ever logged a dose, or null. */
      async firstDate(userId: string): Promise<CalendarDate | null> {
        const row = await db
          .selectFrom('intakes')
          .select((eb) => eb.fn.min('date').as('first'))
          .where('user_id', '=', userId)
          .executeTakeFirst();
        return row?.first ?? null;
      },
      async delete(userId: string, id: string): Promise<boolean> {
        const result = await db
          .deleteFrom('intakes')
          .where('user_id', '=', userId)
          .where('id', '=', id)
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      },
    },
  };
}
