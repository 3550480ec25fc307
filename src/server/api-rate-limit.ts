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
 * On PostgreSQL the counts live in the database, so every server process shares them. SQLite serves one
 * process, so memory holds them there; in the file each request would cost a synced write.
 */
export async function createApiLimiter(database: OpenDatabase, perMinute: number): Promise<RateLimiterAbstract> {
  return database.kind === 'postgres'
    ? database.createLimiter({ name: API_LIMITER_NAME, points: perMinute, durationSeconds: 60 })
    : new RateLimiterMemory({ points: perMinute, duration: 60 });
}

const accountKey = (userId: string) => `user:${userId}`;

/** The flood-control rows keyed by an account, erased with it: in the database on PostgreSQL, none on SQLite (memory). */
export function apiLimiterRowsOf(kind: OpenDatabase['kind'], userId: string): readonly LimiterRows[] {
  // rate-limiter-flexible stores each key behind its default prefix.
  return kind === 'postgres'
    ? [{ tables: [`rate_limit_${API_LIMITER_NAME}`], keys: [`rlflx:${accountKey(userId)}`], prefixes: [] }]
    : [];
}

export interface ApiRateLimitDeps {
  readonly limiter: RateLimiterAbstract;
  /** The signed-in account, once the store has confirmed the session; undefined otherwise. */
  readonly userIdOf: (request: FastifyRequest) => Promise<string | undefined>;
}

export function useApiRateLimit(api: FastifyInstance, deps: ApiRateLimitDeps): void {
  api.addHook('onRequest', async (request) => {
    const userId = await deps.userIdOf(request);
    try {
      await deps.limiter.consume(userId === undefined ? `ip:${addressBucket(request.ip)}` : accountKey(userId));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw new RequestFailure(domainError('rate_limited'), Math.ceil(rejection.msBeforeNext / 1000));
    }
  });
}
