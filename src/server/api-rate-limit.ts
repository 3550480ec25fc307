/**
 * Flood control for the API. A signed-in person has their own budget, so a clinic whose staff and patients
 * share one NAT address is not throttled as one; requests without a valid session share their address's
 * budget. The account comes from the session as the store knows it, never from the cookie alone: random
 * cookies must not buy fresh budgets.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { domainError } from '../core/index.js';
import type { LimiterRows, OpenDatabase } from '../storage/index.js';
import { addressBucket } from './address-bucket.js';
import { RequestFailure } from './http-errors.js';

export const DEFAULT_API_REQUESTS_PER_MINUTE = 600;
const API_LIMITER_NAME = 'api';

/**
 * Requests that read or write a person's whole record (exports, the report, the import) cost up to a second or two
 * of CPU for a long history: a budget of their own keeps one account from holding the server for everyone else.
 * Generous for a person: a download in each format, a few reports and an import, several times over.
 */
export const HEAVY_REQUESTS_PER_WINDOW = 30;
export const HEAVY_WINDOW_SECONDS = 600;
const HEAVY_LIMITER_NAME = 'heavy';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads or writes a whole record: it also spends from the account's heavy budget. */
    heavy?: boolean;
  }
}

/**
 * On PostgreSQL the counts live in the database, so every server process shares them. SQLite serves one
 * process, so memory holds them there; in the file each request would cost a synced write.
 */
export async function createApiLimiter(database: OpenDatabase, perMinute: number): Promise<RateLimiterAbstract> {
  return database.kind === 'postgres'
    ? database.createLimiter({ name: API_LIMITER_NAME, points: perMinute, durationSeconds: 60 })
    : new RateLimiterMemory({ points: perMinute, duration: 60 });
}

/** The heavy budget: per account, shared by every server process on PostgreSQL, in memory on SQLite. */
export async function createHeavyLimiter(
  database: OpenDatabase,
  points = HEAVY_REQUESTS_PER_WINDOW,
): Promise<RateLimiterAbstract> {
  const options = { points, durationSeconds: HEAVY_WINDOW_SECONDS };
  return database.kind === 'postgres'
    ? database.createLimiter({ name: HEAVY_LIMITER_NAME, ...options })
    : new RateLimiterMemory({ points: options.points, duration: options.durationSeconds });
}

/**
 * The share pages' budget, per visitor address: a clinician opens a page and its PDF a few times; a link that is
 * guessed at or hammered builds a whole report each time. Shared by every process on PostgreSQL, in memory on SQLite.
 */
export const SHARE_REQUESTS_PER_WINDOW = 60;
const SHARE_LIMITER_NAME = 'share';

export async function createShareLimiter(
  database: OpenDatabase,
  points = SHARE_REQUESTS_PER_WINDOW,
): Promise<RateLimiterAbstract> {
  return database.kind === 'postgres'
    ? database.createLimiter({ name: SHARE_LIMITER_NAME, points, durationSeconds: HEAVY_WINDOW_SECONDS })
    : new RateLimiterMemory({ points, duration: HEAVY_WINDOW_SECONDS });
}

const accountKey = (userId: string) => `user:${userId}`;

/** The flood-control rows keyed by an account, erased with it: in the database on PostgreSQL, none on SQLite (memory). */
export function apiLimiterRowsOf(kind: OpenDatabase['kind'], userId: string): readonly LimiterRows[] {
  // rate-limiter-flexible stores each key behind its default prefix.
  return kind === 'postgres'
    ? [
        {
          tables: [`rate_limit_${API_LIMITER_NAME}`, `rate_limit_${HEAVY_LIMITER_NAME}`],
          keys: [`rlflx:${accountKey(userId)}`],
          prefixes: [],
        },
      ]
    : [];
}

export interface ApiRateLimitDeps {
  readonly limiter: RateLimiterAbstract;
  /** The signed-in account, once the store has confirmed the session; undefined otherwise. */
  readonly userIdOf: (request: FastifyRequest) => Promise<string | undefined>;
}

async function spend(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new RequestFailure(domainError('rate_limited'), Math.ceil(rejection.msBeforeNext / 1000));
  }
}

export function useApiRateLimit(
  api: FastifyInstance,
  deps: ApiRateLimitDeps & { readonly heavy: RateLimiterAbstract },
): void {
  api.addHook('onRequest', async (request) => {
    const userId = await deps.userIdOf(request);
    await spend(deps.limiter, userId === undefined ? `ip:${addressBucket(request.ip)}` : accountKey(userId));
    // Without a session the route answers 401 at once; only a signed-in whole-record request spends from this.
    if (userId !== undefined && request.routeOptions.config.heavy === true) await spend(deps.heavy, accountKey(userId));
  });
}
