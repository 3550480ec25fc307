import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import type { AppOptions } from './app.js';
import { createAgent, createTestApp, type TestApp } from './test-app.js';

const EMAIL = 'ann@example.org';
const PASSWORD = 'correct horse battery';

describe.each(TEST_DATABASES)('guessing cannot lock the owner out, on $name', (kind) => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  async function start(
    options: Partial<AppOptions> = {},
  ): Promise<(password: string, ip: string) => Promise<{ status: number; retryAfter: number }>> {
    const started = await createTestApp(kind, options);
    t = started;
    await createAgent(started.app, '10.9.9.9').signup(EMAIL, PASSWORD);
    const app = started.app;
    return async (password, ip) => {
      const r = await createAgent(app, ip).request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: EMAIL, password },
      });
      return { status: r.statusCode, retryAfter: Number(r.headers['retry-after'] ?? 0) };
    };
  }

  it('wrong passwords from address A never stop the right one from address B (finding: five from anywhere locked the owner out for 15 minutes)', async () => {
    const login = await start();
    const fromA = [];
    for (let i = 0; i < 8; i++) fromA.push((await login('a wrong guess!', '192.0.2.1')).status);
    expect(fromA).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const blocked = await login(PASSWORD, '192.0.2.1');
    expect(blocked.status).toBe(429);
    expect(blocked.retryAfter).toBeGreaterThan(0);
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
  });

  it('an IPv6 host picking a new address of its /64 for each guess is one place (finding: the guard counted each address apart)', async () => {
    const login = await start();
    const guesses = [];
    for (let i = 1; i <= 7; i++)
      guesses.push((await login('a wrong guess!', `2001:db8:5:6::${i.toString(16)}`)).status);
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await login(PASSWORD, '2001:db8:5:6:ffff::1')).status).toBe(429);
    // Another /64 is another place: the owner at home signs in.
    expect((await login(PASSWORD, '2001:db8:5:7::1')).status).toBe(200);
  });

  it('guesses spread over many addresses stay below the ceiling and never refuse the owner', async () => {
    const login = await start();
    for (let a = 1; a <= 3; a++)
      for (let i = 0; i < 5; i++) expect((await login('a wrong guess!', `192.0.2.${a}`)).status).toBe(401);
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
  });

  it('past the per-account ceiling every attempt waits its turn, and the right password passes after the delay', async () => {
    // The owner's own sign-up counted once (see below), so three wrong guesses reach a ceiling of four.
    const login = await start({ authFailuresPerPair: 2, authAttemptsPerAccount: 4, authSlowSeconds: 2 });
    for (const ip of ['192.0.2.1', '192.0.2.1', '192.0.2.2'])
      expect((await login('a wrong guess!', ip)).status).toBe(401);
    // The ceiling is reached: the next attempt from anywhere takes the one slot per two seconds.
    expect((await login('a wrong guess!', '192.0.2.3')).status).toBe(401);
    const tooSoon = await login(PASSWORD, '198.51.100.7');
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.retryAfter).toBeGreaterThan(0);
    expect(tooSoon.retryAfter).toBeLessThanOrEqual(2);
    await sleep(tooSoon.retryAfter * 1000 + 100);
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
  });

  it('sign-up cannot be used to guess more: it counts like a sign-in attempt', async () => {
    const login = await start({ authFailuresPerPair: 2 });
    const app = t?.app;
    if (!app) throw new Error('no app');
    const signup = async (password: string) => (await createAgent(app, '192.0.2.1').signup(EMAIL, password)).statusCode;
    expect([await signup('first guess at it'), await signup('second guess at it')]).toEqual([201, 201]);
    expect(await signup('third guess at it')).toBe(429);
    expect((await login(PASSWORD, '192.0.2.1')).status).toBe(429);
    expect((await login(PASSWORD, '198.51.100.7')).status).toBe(200);
  });
});
