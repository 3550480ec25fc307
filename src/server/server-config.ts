/**
 * The server's settings, parsed from an environment-shaped record. main.ts hands it process.env; nothing else
 * reads the environment. A bad value refuses the start with a message naming the variable, because a server
 * that guesses (e.g. trusts every proxy hop) fails open in ways nobody notices.
 */
import * as z from 'zod';
import { chooseDatabase } from '../storage/index.js';
import { isAddressOrCidr, type TrustProxy } from './trust-proxy.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number from text, within bounds; unset takes the default (or stays undefined without one). */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .int()
        .min(min, { message: `must be at least ${min}` })
        .max(max, { message: `must be at most ${max}` }),
    );
}

const flag = z.enum(['true', 'false'], { message: 'must be true or false' }).transform((value) => value === 'true');

const trustProxy = z.string().transform((value, ctx): TrustProxy => {
  const text = value.trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') {
    ctx.addIssue({
      code: 'custom',
      message:
        'true would trust every X-Forwarded-For hop, so a made-up first hop walks past every limit: give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.2,10.1.0.0/16)',
    });
    return z.NEVER;
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops >= 1 && hops <= 10) return hops;
    ctx.addIssue({ code: 'custom', message: 'a hop count must be from 1 to 10' });
    return z.NEVER;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isAddressOrCidr(entry));
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: `"${bad}" is neither a hop count nor an IP address or CIDR range` });
    return z.NEVER;
  }
  return entries;
});

const EnvSchema = z
  .object({
    PORT: wholeNumber(1, 65_535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    TAPER_DB: z.string().min(1).optional(),
    DATABASE_URL: z.string().optional(),
    TAPER_SECURE_COOKIES: flag.default(false),
    TAPER_TRUST_PROXY: trustProxy.default(false),
    TAPER_RATE_LIMIT: wholeNumber(1, 1_000_000).default(600),
    TAPER_SESSION_IDLE_MINUTES: wholeNumber(1, 525_600).optional(),
    TAPER_SESSION_MAX_DAYS: wholeNumber(1, 3650).optional(),
    TAPER_REQUEST_TIMEOUT_MS: wholeNumber(100, 600_000).default(30_000),
    TAPER_HEADERS_TIMEOUT_MS: wholeNumber(100, 600_000).default(10_000),
    LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  })
  .refine((env) => env.TAPER_HEADERS_TIMEOUT_MS <= env.TAPER_REQUEST_TIMEOUT_MS, {
    path: ['TAPER_HEADERS_TIMEOUT_MS'],
    message: 'must not be more than TAPER_REQUEST_TIMEOUT_MS',
  });

export function parseServerConfig(env: Readonly<Record<string, string | undefined>>) {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    return { ok: false as const, message: `Taper Companion did not start:\n${lines.join('\n')}` };
  }
  const e = parsed.data;
  return {
    ok: true as const,
    config: {
      port: e.PORT,
      host: e.HOST,
      database: chooseDatabase({ databaseUrl: e.DATABASE_URL, sqliteFile: e.TAPER_DB }),
      secureCookies: e.TAPER_SECURE_COOKIES,
      trustProxy: e.TAPER_TRUST_PROXY,
      apiRequestsPerMinute: e.TAPER_RATE_LIMIT,
      sessionIdleMinutes: e.TAPER_SESSION_IDLE_MINUTES,
      sessionMaxDays: e.TAPER_SESSION_MAX_DAYS,
      requestTimeoutMs: e.TAPER_REQUEST_TIMEOUT_MS,
      headersTimeoutMs: e.TAPER_HEADERS_TIMEOUT_MS,
      logLevel: e.LOG_LEVEL,
    },
  };
}

export type ServerConfig = Extract<ReturnType<typeof parseServerConfig>, { ok: true }>['config'];
