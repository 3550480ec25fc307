/** The database as Kysely sees it. Timestamps are ISO 8601 text and doses integer micrograms, identical in SQLite and PostgreSQL. */
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the token in the cookie; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface CheckinsTable {
  id: string;
  user_id: string;
  date: string;
  sleep_minutes: number | null;
  dose_micrograms: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface CheckinSymptomsTable {
  checkin_id: string;
  symptom_id: string;
  severity: number;
}

export interface EventsTable {
  id: string;
  user_id: string;
  kind: string;
  occurred_at: string;
  note: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  checkins: CheckinsTable;
  checkin_symptoms: CheckinSymptomsTable;
  events: EventsTable;
}

// Kept so that future tables with database-generated columns have the helper at hand.
export type { Generated };
