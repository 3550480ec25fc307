/**
 * Test helpers: an app over a fresh test database, and an "agent" that behaves like one browser:
 * it keeps cookies between requests and sends the CSRF token on unsafe requests.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import type { OpenDatabase } from '../storage/index.js';
import type { TestDatabaseKind } from '../storage/test-databases.js';
import { buildApp, type AppOptions } from './app.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: OpenDatabase;
  /** Moves the app's clock. */
  readonly setNow: (iso: string) => void;
  readonly close: () => Promise<void>;
}

export async function createTestApp(kind: TestDatabaseKind, overrides: Partial<AppOptions> = {}): Promise<TestApp> {
  const { database, dispose } = await kind.open();
  let now = new Date('2026-11-25T12:00:00.000Z');
  let ids = 0;
  const app = await buildApp({
    database,
    now: () => now,
    newId: () => `id-${++ids}`,
    newToken: () => randomBytes(32).toString('base64url'),
    ...overrides,
  });
  await app.ready();
  return {
    app,
    database,
    setNow: (iso) => {
      now = new Date(iso);
    },
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

export interface Agent {
  request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
  signup(email: string, password?: string): Promise<LightMyRequestResponse>;
  readonly cookies: Map<string, string>;
}

export function createAgent(app: FastifyInstance, remoteAddress = '127.0.0.1'): Agent {
  const cookies = new Map<string, string>();
  let csrfToken: string | undefined;

  async function request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (method !== 'GET' && method !== 'HEAD' && options.csrf !== false) {
      csrfToken ??= await fetchToken();
      headers['x-csrf-token'] = csrfToken;
    }
    if (cookies.size > 0) headers['cookie'] = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const { csrf: _csrf, ...rest } = options;
    const response = await app.inject({ ...rest, headers, remoteAddress });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
      // Signing in and out rotate the CSRF secret; like the web client, fetch a fresh token afterwards.
      if (cookie.name.endsWith('taper_csrf')) csrfToken = undefined;
    }
    return response;
  }

  async function fetchToken(): Promise<string> {
    const response = await request({ method: 'GET', url: '/api/v1/csrf' });
    return response.json<{ token: string }>().token;
  }

  return {
    request,
    cookies,
    signup: (email, password = 'correct horse battery') =>
      request({ method: 'POST', url: '/api/v1/auth/signup', payload: { email, password } }),
  };
}

/**
 * A fresh app and database for every test, with Ann signed up. Read `ctx.t` and `ctx.ann` inside the tests:
 * they are replaced before each one.
 */
/** Saves a plan of clonazepam drops, 1 mg a day, cut 10 % every 14 days from `startDate`. */
export function putDropsPlan(agent: Agent, startDate: string) {
  return agent.request({
    method: 'PUT',
    url: '/api/v1/plan',
    payload: {
      medicationId: 'clonazepam',
      form: 'drops',
      currentDoseMg: 1,
      startDate,
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    },
  });
}

export function signedInApp(
  kind: TestDatabaseKind,
  overrides: Partial<AppOptions> = {},
): { readonly t: TestApp; readonly ann: Agent } {
  const ctx = {} as { t: TestApp; ann: Agent };
  beforeEach(async () => {
    ctx.t = await createTestApp(kind, overrides);
    ctx.ann = createAgent(ctx.t.app);
    await ctx.ann.signup('ann@example.org');
  });
  afterEach(() => ctx.t.close());
  return ctx;
}

/**
 * For a suite whose tests each open their own app with their own options: `open` makes one, closed after that test.
 * Only what the test opened is closed, so a failed open never closes the previous test's app a second time.
 */
export function appPerTest(): (...args: Parameters<typeof createTestApp>) => Promise<TestApp> {
  let opened: TestApp | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  return async (...args) => (opened = await createTestApp(...args));
}
