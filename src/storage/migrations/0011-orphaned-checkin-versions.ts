import { sql, type Kysely } from 'kysely';

/**
 * Deleting a check-in used to leave its earlier versions (private notes included) readable. Versions are only ever
 * kept while their day has a check-in, so a version without one is what such a deletion left behind: remove it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from checkin_versions
    where not exists (
      select 1 from checkins
      where checkins.user_id = checkin_versions.user_id and checkins.date = checkin_versions.date
    )`.execute(db);
}

/** What was deleted was meant to be gone; there is nothing to restore. */
export async function down(): Promise<void> {}
