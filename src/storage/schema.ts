import type { Generated } from 'kysely';

/** The database as Kysely sees it. Timestamps are ISO 8601 text and doses integer micrograms, identical in SQLite and PostgreSQL. */
export interface UsersTable {
  id: string;
  /** Normalised; not unique: an address may have several accounts (docs/adr/0009). */
  email: string;
  /** PHC argon2id hash, only on accounts from before login keys that have not signed in since. */
  password_hash: string | null;
  /** argon2id of the password salted by the email (server/auth/login-key.ts); null until a legacy account signs in. */
  login_key: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the token in the cookie; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** Names the session in the API; random, never derived from the token. */
  public_id: string;
  last_used_at: string;
  /** A short label such as "Firefox on Linux", from the User-Agent. */
  device: Generated<string>;
}

/** Values generated once per installation, such as the key that salts login keys. */
export interface InstallationSecretsTable {
  name: string;
  value: string;
}

export interface CheckinsTable {
  id: string;
  user_id: string;
  date: string;
  sleep_minutes: number | null;
  dose_micrograms: number | null;
  note: string;
  /** JSON object {symptomId: severity 0-3}. */
  severities: string;
  created_at: string;
  updated_at: string;
  /** When the person made this edit (their device's clock); null for rows saved before versions existed. */
  edited_at: string | null;
  /** JSON array of CheckinTag. */
  tags: Generated<string>;
}

export interface CheckinVersionsTable {
  id: string;
  user_id: string;
  date: string;
  record: string;
  edited_at: string;
  superseded_at: string;
}

export interface EventsTable {
  id: string;
  user_id: string;
  kind: string;
  occurred_at: string;
  note: string;
  created_at: string;
  /** When the person confirmed it is safe to go on with the plan; null while it pauses the plan. */
  confirmed_at: Generated<string | null>;
  /** The person's calendar day of the event, as their device wrote it; null for rows from before it was kept. */
  occurred_on: Generated<string | null>;
}

export interface PlanRevisionsTable {
  id: string;
  user_id: string;
  revision: number;
  input: string;
  created_at: string;
}

export interface PlanHoldsTable {
  id: string;
  revision_id: string;
  step_index: number;
  days: number;
  reason: string;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  user_id: string;
  instrument: string;
  date: string;
  /** JSON array of the scored answers, in item order. */
  answers: string;
  /** JSON object of unscored answers (e.g. hours slept). */
  unscored: string;
  score: number;
  band: string | null;
  created_at: string;
}

export interface SymptomPinsTable {
  user_id: string;
  symptom_id: string;
  /** 1 pinned, 0 not (integers agree across SQLite and PostgreSQL). */
  pinned: number;
  updated_at: string;
}

export interface OwnSymptomsTable {
  id: string;
  user_id: string;
  name: string;
  symptom_group: string;
  created_at: string;
  retired_at: string | null;
}

export interface IntakesTable {
  id: string;
  user_id: string;
  /** The person's calendar date of the intake. */
  date: string;
  /** When it was taken, ISO 8601 in UTC. */
  taken_at: string;
  dose_micrograms: number;
  /** Which medicine (a registry id); null for rows logged before the log said. */
  medication_id: string | null;
  /** tablet, liquid, water-mixture or drops; null when not said. */
  form: string | null;
  note: string;
  created_at: string;
}

export interface SharesTable {
  id: string;
  user_id: string;
  /** SHA-256 of the link's token, hex; the token itself is never stored. */
  token_hash: string;
  label: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  use_count: number;
}

export interface ShareUsesTable {
  id: string;
  share_id: string;
  user_id: string;
  used_at: string;
  kind: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  checkins: CheckinsTable;
  events: EventsTable;
  plan_revisions: PlanRevisionsTable;
  plan_holds: PlanHoldsTable;
  assessments: AssessmentsTable;
  symptom_pins: SymptomPinsTable;
  own_symptoms: OwnSymptomsTable;
  intakes: IntakesTable;
  checkin_versions: CheckinVersionsTable;
  installation_secrets: InstallationSecretsTable;
  shares: SharesTable;
  share_uses: ShareUsesTable;
}
