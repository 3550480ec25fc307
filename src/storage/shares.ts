/**
 * Share links (issue #12 §2): made, listed and revoked by their owner; opened by token hash, which records the use in
 * the same transaction. Every owner's read and write names the owner, so no one reaches another person's links.
 */
import type { Kysely } from 'kysely';
import { MAX_SHARE_USES_KEPT, MAX_SHARE_USES_LISTED, MAX_SHARES_LISTED, type ShareUseKind } from '../core/index.js';
import type { Database } from './schema.js';

export interface ShareUse {
  readonly usedAt: string;
  readonly kind: ShareUseKind;
}

export interface StoredShare {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
  readonly useCount: number;
  /** The newest uses first, at most MAX_SHARE_USES_LISTED. */
  readonly uses: readonly ShareUse[];
}

export interface NewShare {
  readonly id: string;
  readonly tokenHash: string;
  readonly label: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** What opening a live link gives the server: whose report to show. Nothing else of the account. */
export interface OpenedShare {
  readonly shareId: string;
  readonly userId: string;
  readonly expiresAt: string;
}

type Atomically = <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>;

export function createShareStore(db: Kysely<Database>, atomically: Atomically) {
  return {
    async create(userId: string, share: NewShare): Promise<void> {
      await db
        .insertInto('shares')
        .values({
          id: share.id,
          user_id: userId,
          token_hash: share.tokenHash,
          label: share.label,
          created_at: share.createdAt,
          expires_at: share.expiresAt,
          revoked_at: null,
          last_used_at: null,
          use_count: 0,
        })
        .execute();
    },

    /** Links that still open at `now`. */
    async countLive(userId: string, now: string): Promise<number> {
      const row = await db
        .selectFrom('shares')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** The newest MAX_SHARES_LISTED links, each with its newest uses. */
    async list(userId: string): Promise<StoredShare[]> {
      const rows = await db
        .selectFrom('shares')
        .select(['id', 'label', 'created_at', 'expires_at', 'revoked_at', 'last_used_at', 'use_count'])
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(MAX_SHARES_LISTED)
        .execute();
      const uses = new Map<string, ShareUse[]>();
      if (rows.length > 0) {
        const used = await db
          .selectFrom('share_uses')
          .select(['share_id', 'used_at', 'kind'])
          .where('user_id', '=', userId)
          .where(
            'share_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('used_at', 'desc')
          .limit(MAX_SHARES_LISTED * MAX_SHARE_USES_KEPT)
          .execute();
        for (const u of used) {
          const list = uses.get(u.share_id) ?? [];
          if (list.length < MAX_SHARE_USES_LISTED) list.push({ usedAt: u.used_at, kind: u.kind as ShareUseKind });
          uses.set(u.share_id, list);
        }
      }
      return rows.map((r) => ({
        id: r.id,
        label: r.label,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        revokedAt: r.revoked_at,
        lastUsedAt: r.last_used_at,
        useCount: r.use_count,
        uses: uses.get(r.id) ?? [],
      }));
    },

    /** Revokes the owner's link at `now` (a second revoke keeps the first time); false when the owner has no such link. */
    async revoke(userId: string, id: string, now: string): Promise<boolean> {
      const found = await db
        .selectFrom('shares')
        .select('revoked_at')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!found) return false;
      if (found.revoked_at === null) {
        await db
          .updateTable('shares')
          .set({ revoked_at: now })
          .where('id', '=', id)
          .where('user_id', '=', userId)
          .execute();
      }
      return true;
    },

    /**
     * The live link with this token hash at `now`, its use recorded (count, last use, a log row; the log keeps the
     * newest MAX_SHARE_USES_KEPT); undefined for a link that is unknown, expired or revoked, all alike.
     */
    async open(
      tokenHash: string,
      use: { readonly id: string; readonly at: string; readonly kind: ShareUseKind },
    ): Promise<OpenedShare | undefined> {
      return atomically(async (trx) => {
        const share = await trx
          .selectFrom('shares')
          .select(['id', 'user_id', 'expires_at'])
          .where('token_hash', '=', tokenHash)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', use.at)
          .executeTakeFirst();
        if (!share) return undefined;
        await trx
          .updateTable('shares')
          .set((eb) => ({ use_count: eb('use_count', '+', 1), last_used_at: use.at }))
          .where('id', '=', share.id)
          .execute();
        await trx
          .insertInto('share_uses')
          .values({ id: use.id, share_id: share.id, user_id: share.user_id, used_at: use.at, kind: use.kind })
          .execute();
        const kept = trx
          .selectFrom('share_uses')
          .select('id')
          .where('share_id', '=', share.id)
          .orderBy('used_at', 'desc')
          .orderBy('id', 'desc')
          .limit(MAX_SHARE_USES_KEPT);
        await trx.deleteFrom('share_uses').where('share_id', '=', share.id).where('id', 'not in', kept).execute();
        return { shareId: share.id, userId: share.user_id, expiresAt: share.expires_at };
      });
    },
  };
}

export type ShareStore = ReturnType<typeof createShareStore>;
