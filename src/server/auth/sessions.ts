/**
 * Opaque, revocable sessions: a random token in an HttpOnly SameSite=Lax cookie, only its SHA-256 in the
 * database, with an absolute lifetime and an idle timeout. Behind HTTPS the cookie is Secure and uses the
 * __Host- prefix. Signing in replaces the browser's earlier session; signing in and out rotate the CSRF secret.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionClock, Store } from '../../storage/index.js';
import { fail } from '../http-errors.js';
import { deviceLabel } from './device-label.js';

export const DEFAULT_SESSION_MAX_DAYS = 30;
/** A week: a person who checks in most days is never asked again, a device left in a drawer is. See docs/adr/0004. */
export const DEFAULT_SESSION_IDLE_MINUTES = 7 * 24 * 60;
/** last_used_at is written at most this often per session: a write per request would halve write throughput. */
const TOUCH_EVERY_MS = 60_000;
/** Most live sessions one person keeps; signing in past it ends the oldest. */
export const MAX_SESSIONS_PER_PERSON = 50;
const PLAIN_COOKIE = 'taper_session';
const SECURE_COOKIE = '__Host-taper_session';

export interface SessionDeps {
  readonly store: Store;
  readonly now: () => Date;
  readonly newToken: () => string;
  readonly newId: () => string;
  readonly secureCookies: boolean;
  readonly idleMinutes?: number | undefined;
  readonly maxDays?: number | undefined;
}

export interface CurrentSession {
  readonly userId: string;
  readonly publicId: string;
  readonly tokenHash: string;
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

export function csrfCookieName(secure: boolean): string {
  return secure ? '__Host-taper_csrf' : 'taper_csrf';
}

export function createSessions(deps: SessionDeps) {
  const cookieName = sessionCookieName(deps.secureCookies);
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.secureCookies } as const;
  const idleMs = (deps.idleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES) * 60_000;
  const maxMs = (deps.maxDays ?? DEFAULT_SESSION_MAX_DAYS) * 86_400_000;

  function clock(): SessionClock {
    const now = deps.now();
    return { now: now.toISOString(), idleSince: new Date(now.getTime() - idleMs).toISOString() };
  }

  /** Tokens from before this answer stop working; the client fetches a fresh one (GET /api/v1/csrf). */
  function rotateCsrf(reply: FastifyReply): void {
    void reply.clearCookie(csrfCookieName(deps.secureCookies), cookieOptions);
  }

  function signedOut(reply: FastifyReply): void {
    void reply.clearCookie(cookieName, cookieOptions);
    rotateCsrf(reply);
  }

  // One lookup per request: the API's flood control and the route both ask (a signed-in request's hot path).
  const lookedUp = new WeakMap<FastifyRequest, Promise<CurrentSession>>();

  /** The live session of this request; fails with 401 when there is none, or it is not the account the client named. */
  function current(request: FastifyRequest): Promise<CurrentSession> {
    let session = lookedUp.get(request);
    if (!session) {
      session = lookUp(request);
      lookedUp.set(request, session);
    }
    return session;
  }

  async function lookUp(request: FastifyRequest): Promise<CurrentSession> {
    const token = request.cookies[cookieName];
    const tokenHash = token ? hashToken(token) : undefined;
    const now = clock();
    const session = tokenHash ? await deps.store.sessions.find(tokenHash, now) : undefined;
    if (!session || !tokenHash) throw fail('unauthenticated');
    const named = request.headers[ACCOUNT_HEADER];
    if (typeof named === 'string' && named !== session.userId) throw fail('unauthenticated');
    if (Date.parse(now.now) - Date.parse(session.lastUsedAt) >= TOUCH_EVERY_MS)
      await deps.store.sessions.touch(tokenHash, now.now);
    return { userId: session.userId, publicId: session.publicId, tokenHash };
  }

  return {
    clock,

    /** Signs the person in on this browser, ending the browser's earlier session and the person's expired ones. */
    async start(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
      const earlier = request.cookies[cookieName];
      if (earlier) await deps.store.sessions.delete(hashToken(earlier));
      await deps.store.sessions.deleteExpiredOf(userId, clock());
      const token = deps.newToken();
      const now = deps.now();
      const expires = new Date(now.getTime() + maxMs);
      await deps.store.sessions.create({
        tokenHash: hashToken(token),
        publicId: deps.newId(),
        userId,
        createdAt: now.toISOString(),
        expiresAt: expires.toISOString(),
        device: deviceLabel(request.headers['user-agent']),
      });
      await deps.store.sessions.keepNewest(userId, MAX_SESSIONS_PER_PERSON);
      void reply.setCookie(cookieName, token, { ...cookieOptions, expires });
      rotateCsrf(reply);
    },

    /** Signs this browser out. */
    async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      const token = request.cookies[cookieName];
      if (token) await deps.store.sessions.delete(hashToken(token));
      signedOut(reply);
    },

    /** Clears this browser's cookies after its session was ended some other way (sign out everywhere, deletion). */
    signedOut,

    current,

    /** The signed-in person's id (see current). */
    async requireUserId(request: FastifyRequest): Promise<string> {
      return (await current(request)).userId;
    },

    /** Deletes every expired or idle session; run at start and on a timer. */
    purge(): Promise<number> {
      return deps.store.sessions.deleteExpired(clock());
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
