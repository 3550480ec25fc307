/**
 * Limits on guessing passwords that never lock the owner out (docs/adr/0009):
 * - every attempt (sign-in, sign-up, password checks) counts against the client address;
 * - failures count per (email, address) pair: guesses from one place stop only that place;
 * - failures also count per email towards a higher ceiling; past it the address is not locked but slowed to one
 *   attempt per few seconds from anywhere, so the owner's right password still gets through after a short wait.
 * Counters live in the database (rate-limiter-flexible) and are keyed by the email's keyed tag, never the email.
 */
import type { FastifyRequest } from 'fastify';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { domainError } from '../../core/index.js';
import type { LimiterRows, OpenDatabase } from '../../storage/index.js';
import { addressBucket } from '../address-bucket.js';
import { RequestFailure } from '../http-errors.js';
import { logSecurityEvent } from '../security-log.js';

export interface GuardLimits {
  /** Attempts per client address per 15 minutes, whatever the email. */
  readonly perAddress: number;
  /** Failures per (email, client address) per 15 minutes. */
  readonly perPair: number;
  /** Failures per email per 15 minutes before every attempt on it is slowed. */
  readonly perAccount: number;
  /** Past the ceiling, one attempt per email per this many seconds. */
  readonly slowSeconds: number;
}

export const DEFAULT_GUARD_LIMITS: GuardLimits = { perAddress: 30, perPair: 5, perAccount: 20, slowSeconds: 10 };

const WINDOW_SECONDS = 15 * 60;
/** The limiter names; their tables are rate_limit_<name>. */
const NAMES = { address: 'auth_ip', pair: 'auth_pair', account: 'auth_account', slow: 'auth_slow' } as const;
const GUARD_TABLES: readonly string[] = Object.values(NAMES).map((name) => `rate_limit_${name}`);
/** rate-limiter-flexible stores each key behind its default keyPrefix. */
const STORED = (key: string) => `rlflx:${key}`;

/** The rate-limit rows that name this email: by its tag, its pairs, and (from before tags) the email itself. */
export function guardRowsOf(email: string, emailTag: string): LimiterRows {
  return { tables: GUARD_TABLES, keys: [STORED(emailTag), STORED(email)], prefixes: [STORED(`${emailTag}:`)] };
}

async function consumeOrFail(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    throw tooSoon((rejection as { msBeforeNext?: number }).msBeforeNext);
  }
}

function tooSoon(msBeforeNext: number | undefined): RequestFailure {
  return new RequestFailure(domainError('rate_limited'), Math.max(1, Math.ceil((msBeforeNext ?? 60_000) / 1000)));
}

export async function createSignInGuard(database: OpenDatabase, limits: GuardLimits) {
  const [address, pair, account, slow] = await Promise.all([
    database.createLimiter({ name: NAMES.address, points: limits.perAddress, durationSeconds: WINDOW_SECONDS }),
    database.createLimiter({ name: NAMES.pair, points: limits.perPair, durationSeconds: WINDOW_SECONDS }),
    database.createLimiter({ name: NAMES.account, points: limits.perAccount, durationSeconds: WINDOW_SECONDS }),
    database.createLimiter({ name: NAMES.slow, points: 1, durationSeconds: limits.slowSeconds }),
  ]);
  // An IPv6 host can take a new address of its /64 for each guess: the /64 is the place, as for the API's limit.
  const pairKey = (request: FastifyRequest, emailTag: string) => `${emailTag}:${addressBucket(request.ip)}`;

  return {
    /** Counts an attempt that will hash a password (any route), or answers 429 with Retry-After. */
    async admitAddress(request: FastifyRequest): Promise<void> {
      await consumeOrFail(address, addressBucket(request.ip));
    },

    /** Lets an attempt on this email through, or answers 429 with Retry-After. */
    async admit(request: FastifyRequest, emailTag: string): Promise<void> {
      const fromHere = await pair.get(pairKey(request, emailTag));
      if (fromHere && fromHere.consumedPoints >= limits.perPair) throw tooSoon(fromHere.msBeforeNext);
      const overall = await account.get(emailTag);
      if (overall && overall.consumedPoints >= limits.perAccount) await consumeOrFail(slow, emailTag);
    },

    /** A wrong guess (or a sign-up that found no account: to a guesser the same thing). */
    async countGuess(request: FastifyRequest, emailTag: string): Promise<void> {
      const fromHere = await pair.penalty(pairKey(request, emailTag));
      if (fromHere.consumedPoints === limits.perPair)
        logSecurityEvent(request, 'lockout', { emailTag, reason: 'pair' });
      const overall = await account.penalty(emailTag);
      if (overall.consumedPoints === limits.perAccount)
        logSecurityEvent(request, 'lockout', { emailTag, reason: 'account' });
    },

    /** An attempt that tests a password without failing (a password change): on the email's ceiling only. */
    async countTowardCeiling(request: FastifyRequest, emailTag: string): Promise<void> {
      const overall = await account.penalty(emailTag);
      if (overall.consumedPoints === limits.perAccount)
        logSecurityEvent(request, 'lockout', { emailTag, reason: 'account' });
    },

    /**
     * The right password from here: this place's failures are forgiven. The email's ceiling is not, since anyone
     * can make an account on any address and succeed on it.
     */
    async succeeded(request: FastifyRequest, emailTag: string): Promise<void> {
      await pair.delete(pairKey(request, emailTag));
    },
  };
}

export type SignInGuard = Awaited<ReturnType<typeof createSignInGuard>>;
