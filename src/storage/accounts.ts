/**
 * Accounts, sessions and the installation's own secrets. An email may have several accounts; an account is
 * found by its unique login key (docs/adr/0009), or, before its first sign-in since login keys, by its email
 * and PHC hash.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  /** PHC hash of an account from before login keys that has not signed in since; null otherwise. */
  readonly passwordHash: string | null;
  readonly loginKey: string | null;
  readonly createdAt: string;
}

export interface SessionRow {
  readonly tokenHash: string;
  readonly publicId: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastUsedAt: string;
  readonly device: string;
}

export type SessionView = Pick<SessionRow, 'publicId' | 'device' | 'createdAt' | 'lastUsedAt'>;

/** When a session stops being valid: past its absolute expiry, or unused since `idleSince`. */
export interface SessionClock {
  readonly now: string;
  readonly idleSince: string;
}

/** Rate-limit rows that name a person: their tables, keys equal to one of `keys`, and keys starting with one of `prefixes`. */
export interface LimiterRows {
  readonly tables: readonly string[];
  readonly keys: readonly string[];
  readonly prefixes: readonly string[];
}

/** Most sessions one list returns. */
export const MAX_SESSIONS_LISTED = 100;

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

type UserRecord = Database['users'];
const toUser = (row: UserRecord): UserRow => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  loginKey: row.login_key,
  createdAt: row.created_at,
});

export function createAccountStore(db: Kysely<Database>) {
  const liveSessions = (clock: SessionClock) =>
    db.selectFrom('sessions').where('expires_at', '>', clock.now).where('last_used_at', '>', clock.idleSince);

  return {
    users: {
      /** Creates the account, or answers 'key_taken' when an account already has this login key. */
      async create(user: {
        id: string;
        email: string;
        loginKey: string;
        createdAt: string;
      }): Promise<UserRow | 'key_taken'> {
        const row = {
          id: user.id,
          email: user.email,
          password_hash: null,
          login_key: user.loginKey,
          created_at: user.createdAt,
        };
        try {
          await db.insertInto('users').values(row).execute();
          return toUser(row);
        } catch (error) {
          if (isUniqueViolation(error)) return 'key_taken';
          throw error;
        }
      },
      async findByLoginKey(loginKey: string): Promise<UserRow | undefined> {
        const row = await db.selectFrom('users').selectAll().where('login_key', '=', loginKey).executeTakeFirst();
        return row && toUser(row);
      },
      /** The account of this email from before login keys, if it has not signed in since (emails were unique then). */
      async findLegacy(email: string): Promise<UserRow | undefined> {
        const row = await db
          .selectFrom('users')
          .selectAll()
          .where('email', '=', email)
          .where('login_key', 'is', null)
          .executeTakeFirst();
        return row && toUser(row);
      },
      /** Up to `limit` accounts that use this email, oldest first (for the operator's CLI). */
      async listByEmail(email: string, limit: number): Promise<UserRow[]> {
        const rows = await db
          .selectFrom('users')
          .selectAll()
          .where('email', '=', email)
          .orderBy('created_at')
          .orderBy('id')
          .limit(limit)
          .execute();
        return rows.map(toUser);
      },
      async findById(id: string): Promise<UserRow | undefined> {
        const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        return row && toUser(row);
      },
      /** Sets the account's login key (and drops any PHC hash: one verifier is enough), or 'key_taken'. */
      async setLoginKey(id: string, loginKey: string): Promise<'ok' | 'key_taken'> {
        try {
          await db
            .updateTable('users')
            .set({ login_key: loginKey, password_hash: null })
            .where('id', '=', id)
            .execute();
          return 'ok';
        } catch (error) {
          if (isUniqueViolation(error)) return 'key_taken';
          throw error;
        }
      },
      /**
       * Erases the account: its row, every row that references it (the foreign keys cascade), and its rate-limit
       * rows, in one transaction.
       */
      async erase(id: string, limiters: readonly LimiterRows[]): Promise<void> {
        await db.transaction().execute(async (trx) => {
          for (const limiterRows of limiters)
            for (const table of limiterRows.tables) {
              for (const key of limiterRows.keys)
                await sql`delete from ${sql.table(table)} where key = ${key}`.execute(trx);
              // substr, not LIKE: an email's "_" would be a wildcard.
              for (const prefix of limiterRows.prefixes) {
                await sql`delete from ${sql.table(table)} where substr(key, 1, ${prefix.length}) = ${prefix}`.execute(
                  trx,
                );
              }
            }
          await trx.deleteFrom('users').where('id', '=', id).execute();
        });
      },
    },

    sessions: {
      async create(session: Omit<SessionRow, 'lastUsedAt'>): Promise<void> {
        await db
          .insertInto('sessions')
          .values({
            token_hash: session.tokenHash,
            public_id: session.publicId,
            user_id: session.userId,
            created_at: session.createdAt,
            expires_at: session.expiresAt,
            last_used_at: session.createdAt,
            device: session.device,
          })
          .execute();
      },
      /** A live session by its token's hash, or undefined. */
      async find(
        tokenHash: string,
        clock: SessionClock,
      ): Promise<Pick<SessionRow, 'userId' | 'publicId' | 'lastUsedAt'> | undefined> {
        const row = await liveSessions(clock)
          .select(['user_id', 'public_id', 'last_used_at'])
          .where('token_hash', '=', tokenHash)
          .executeTakeFirst();
        return row && { userId: row.user_id, publicId: row.public_id, lastUsedAt: row.last_used_at };
      },
      async touch(tokenHash: string, now: string): Promise<void> {
        await db.updateTable('sessions').set({ last_used_at: now }).where('token_hash', '=', tokenHash).execute();
      },
      /** The person's live sessions, most recently used first, at most MAX_SESSIONS_LISTED. */
      async list(userId: string, clock: SessionClock): Promise<SessionView[]> {
        const rows = await liveSessions(clock)
          .select(['public_id', 'device', 'created_at', 'last_used_at'])
          .where('user_id', '=', userId)
          .orderBy('last_used_at', 'desc')
          .orderBy('public_id')
          .limit(MAX_SESSIONS_LISTED)
          .execute();
        return rows.map((r) => ({
          publicId: r.public_id,
          device: r.device,
          createdAt: r.created_at,
          lastUsedAt: r.last_used_at,
        }));
      },
      async delete(tokenHash: string): Promise<void> {
        await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
      },
      /** Ends one of the person's own sessions; false when they have none by that id. */
      async deleteOwn(userId: string, publicId: string): Promise<boolean> {
        const result = await db
          .deleteFrom('sessions')
          .where('user_id', '=', userId)
          .where('public_id', '=', publicId)
          .executeTakeFirst();
        return Number(result.numDeletedRows) > 0;
      },
      /** Ends every session of the person, except the one with `keepTokenHash` when given. */
      async deleteAllOf(userId: string, keepTokenHash?: string): Promise<number> {
        let query = db.deleteFrom('sessions').where('user_id', '=', userId);
        if (keepTokenHash !== undefined) query = query.where('token_hash', '!=', keepTokenHash);
        return Number((await query.executeTakeFirst()).numDeletedRows);
      },
      /** Ends the person's oldest sessions beyond the newest `keep`, so no one's list grows without bound. */
      async keepNewest(userId: string, keep: number): Promise<number> {
        const newest = db
          .selectFrom('sessions')
          .select('token_hash')
          .where('user_id', '=', userId)
          .orderBy('created_at', 'desc')
          .orderBy('token_hash')
          .limit(keep);
        const result = await db
          .deleteFrom('sessions')
          .where('user_id', '=', userId)
          .where('token_hash', 'not in', newest)
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      },
      /** Deletes one person's expired or idle sessions (bounded by their own sessions, through the user_id index). */
      async deleteExpiredOf(userId: string, clock: SessionClock): Promise<number> {
        const result = await db
          .deleteFrom('sessions')
          .where('user_id', '=', userId)
          .where((eb) => eb.or([eb('expires_at', '<=', clock.now), eb('last_used_at', '<=', clock.idleSince)]))
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      },
      async deleteExpired(clock: SessionClock): Promise<number> {
        const result = await db
          .deleteFrom('sessions')
          .where((eb) => eb.or([eb('expires_at', '<=', clock.now), eb('last_used_at', '<=', clock.idleSince)]))
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      },
    },

    installation: {
      /** The named secret, created from `candidate` the first time (the first writer wins a race). */
      async secret(name: string, candidate: string): Promise<string> {
        await db
          .insertInto('installation_secrets')
          .values({ name, value: candidate })
          .onConflict((oc) => oc.column('name').doNothing())
          .execute();
        const row = await db
          .selectFrom('installation_secrets')
          .select('value')
          .where('name', '=', name)
          .executeTakeFirstOrThrow();
        return row.value;
      },
    },
  };
}
