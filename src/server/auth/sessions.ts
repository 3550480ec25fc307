/**
 * Opaque, revocable sessions: a random token in an HttpOnly SameSite=Lax cookie, only its SHA-256
 * in the database, with an expiry. Behind HTTPS the cookie is Secure and uses the __Host- prefix.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../storage/index.js';
import { fail } from '../http-errors.js';

export const SESSION_DAYS = 30;
const PLAIN_COOKIE = 'taper_session';
const SECURE_COOKIE = '__Host-taper_session';

export interface SessionDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly newToken: () => string;
  readonly secureCookies: boolean;
}

/**
 * A client may name the account it believes is signed in. Cookies are shared by every tab, so after someone
 * else signs in elsewhere, a tab still showing the first person would otherwise write into the new account:
 * a request naming another account is treated as signed out, and the client keeps its entry for its owner.
 */
export const ACCOUNT_HEADER = 'x-taper-account';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_COOKIE : PLAIN_COOKIE;
}

export function createSessions(deps: SessionDeps) {
  const cookieName = sessionCookieName(deps.secureCookies);

  return {
    async start(reply: FastifyReply, userId: string): Promise<void> {
      const token = deps.newToken();
      const now = deps.now();
      const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
      await deps.store.sessions.create({
        tokenHash: hashToken(token),
        userId,
        createdAt: now.toISOString(),
        expiresAt: expires.toISOString(),
      });
      void reply.setCookie(cookieName, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
        expires,
      });
    },

    async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      const token = request.cookies[cookieName];
      if (token) await deps.store.sessions.delete(hashToken(token));
      void reply.clearCookie(cookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.secureCookies });
    },

    /** The signed-in person's id; fails with 401 when there is no live session, or it is not the account the client named. */
    async requireUserId(request: FastifyRequest): Promise<string> {
      const token = request.cookies[cookieName];
      const userId = token ? await deps.store.sessions.findUserId(hashToken(token), deps.now().toISOString()) : undefined;
      if (!userId) throw fail('unauthenticated');
      const named = request.headers[ACCOUNT_HEADER];
      if (typeof named === 'string' && named !== userId) throw fail('unauthenticated');
      return userId;
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
