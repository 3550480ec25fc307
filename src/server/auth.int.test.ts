import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, createTestApp, type TestApp } from './test-app.js';

describe.each(TEST_DATABASES)('accounts and sessions on $name', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(kind);
  });
  afterEach(() => t.close());

  it('signs up, sets an HttpOnly SameSite=Lax session cookie, and knows who is signed in', async () => {
    const agent = createAgent(t.app);
    const signup = await agent.signup('Ann@Example.org');
    expect(signup.statusCode).toBe(201);
    expect(signup.json()).toMatchObject({ email: 'ann@example.org' });
    const cookie = signup.cookies.find((c) => c.name === 'taper_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();

    const me = await agent.request({ url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'ann@example.org' });
    expect(me.json()).not.toHaveProperty('passwordHash');
  });

  it('sends the security headers on every answer: a strict content security policy, no sniffing, no framing', async () => {
    for (const url of ['/api/v1/symptoms', '/api/v1/auth/me']) {
      const { headers } = await t.app.inject({ url });
      expect(headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(headers['content-security-policy'], url).toContain("worker-src 'self'");
      expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], url).toContain("object-src 'none'");
      expect(headers['content-security-policy'], url).not.toContain('upgrade-insecure-requests');
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['x-frame-options'], url).toBe('DENY');
      expect(headers['referrer-policy'], url).toBe('no-referrer');
      expect(headers['cross-origin-opener-policy'], url).toBe('same-origin');
      expect(headers['x-powered-by'], url).toBeUndefined();
    }
  });

  it('stores only a login key (a raw argon2id hash) of the password and a hash of the session token', async () => {
    const agent = createAgent(t.app);
    await agent.signup('ann@example.org', 'a long passphrase');
    const user = await t.database.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    expect(user.login_key).toMatch(/^[0-9a-f]{64}$/);
    const session = await t.database.db.selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
    const token = agent.cookies.get('taper_session');
    expect(token).toBeDefined();
    expect(session.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(session.token_hash).not.toBe(token);
  });

  it('uses Secure __Host- cookies behind HTTPS', async () => {
    const secure = await createTestApp(kind, { secureCookies: true });
    try {
      const response = await createAgent(secure.app).signup('ann@example.org');
      const cookie = response.cookies.find((c) => c.name === '__Host-taper_session');
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });

  it('signup does not reveal whether an address has an account (finding: it answered 409 email_taken)', async () => {
    const first = await createAgent(t.app).signup('ann@example.org', 'correct horse battery');
    const stranger = await createAgent(t.app).signup('ANN@example.org ', 'a stranger guessing');
    const free = await createAgent(t.app).signup('free@example.org', 'a stranger guessing');
    for (const answer of [stranger, free]) {
      expect(answer.statusCode).toBe(first.statusCode);
      expect(Object.keys(answer.json<object>()).sort()).toEqual(Object.keys(first.json<object>()).sort());
      expect(answer.json()).toMatchObject({ existingAccount: false });
    }
    expect(stranger.json<{ id: string }>().id).not.toBe(first.json<{ id: string }>().id);
    expect(stranger.json()).toMatchObject({ email: 'ann@example.org' });
    expect(JSON.stringify(stranger.json())).not.toContain('taken');
  });

  it('signing up again with the same email and password signs in to that account ("I already signed up")', async () => {
    const first = (await createAgent(t.app).signup('ann@example.org', 'correct horse battery')).json<{ id: string }>();
    const agent = createAgent(t.app);
    const again = await agent.signup('Ann@Example.org', 'correct horse battery');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({
      id: first.id,
      email: 'ann@example.org',
      createdAt: '2026-11-25T12:00:00.000Z',
      existingAccount: true,
    });
    expect((await agent.request({ url: '/api/v1/auth/me' })).json()).toMatchObject({ id: first.id });
    expect(await t.database.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });

  it('signs in with the right password only', async () => {
    await createAgent(t.app).signup('ann@example.org', 'correct horse battery');
    const agent = createAgent(t.app);
    const wrong = await agent.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ann@example.org', password: 'wrong password!' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    const unknown = await agent.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.org', password: 'correct horse battery' },
    });
    expect(unknown.json()).toEqual(wrong.json());
    const right = await agent.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ann@example.org', password: 'correct horse battery' },
    });
    expect(right.statusCode).toBe(200);
    expect((await agent.request({ url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });

  it('signs out: the session no longer works, even if the old cookie is replayed', async () => {
    const agent = createAgent(t.app);
    await agent.signup('ann@example.org');
    const stolen = agent.cookies.get('taper_session');
    expect((await agent.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await agent.request({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const replay = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `taper_session=${stolen}` } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('refuses a request that names another account than the session’s, and changes nothing', async () => {
    const agent = createAgent(t.app);
    const me = (await agent.signup('ann@example.org')).json<{ id: string }>();
    const dose = {
      id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      date: '2026-11-24',
      takenAt: '2026-11-24T08:00:00Z',
      doseMg: 1,
    };
    const asOther = await agent.request({
      method: 'POST',
      url: '/api/v1/doses',
      payload: dose,
      headers: { 'x-taper-account': 'someone-else' },
    });
    expect(asOther.statusCode).toBe(401);
    expect(asOther.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await agent.request({ url: '/api/v1/doses' })).json<{ doses: unknown[] }>().doses).toEqual([]);
    const asSelf = await agent.request({
      method: 'POST',
      url: '/api/v1/doses',
      payload: dose,
      headers: { 'x-taper-account': me.id },
    });
    expect(asSelf.statusCode).toBe(201);
  });

  it('ends a session 30 days after sign-in however often it is used', async () => {
    const agent = createAgent(t.app);
    await agent.signup('ann@example.org');
    for (const day of ['2026-12-01', '2026-12-07', '2026-12-13', '2026-12-19', '2026-12-24']) {
      t.setNow(`${day}T11:59:00.000Z`);
      expect((await agent.request({ url: '/api/v1/auth/me' })).statusCode, day).toBe(200);
    }
    t.setNow('2026-12-25T12:00:01.000Z');
    expect((await agent.request({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('ends a session left unused for a week (the idle timeout)', async () => {
    const agent = createAgent(t.app);
    await agent.signup('ann@example.org');
    t.setNow('2026-12-02T11:59:00.000Z');
    expect((await agent.request({ url: '/api/v1/auth/me' })).statusCode).toBe(200);
    t.setNow('2026-12-09T12:00:00.000Z');
    expect((await agent.request({ url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it.each([
    [{ sessionIdleMinutes: 30 }, ['2026-11-25T12:29:00.000Z', '2026-11-25T12:58:00.000Z'], '2026-11-25T13:29:00.000Z'],
    [
      { sessionIdleMinutes: 10_000, sessionMaxDays: 1 },
      ['2026-11-25T20:00:00.000Z', '2026-11-26T11:59:00.000Z'],
      '2026-11-26T12:00:01.000Z',
    ],
  ])('takes the idle timeout and lifetime from the options %j', async (options, alive, ended) => {
    const short = await createTestApp(kind, options);
    try {
      const signup = await createAgent(short.app).signup('ann@example.org');
      // Sent by hand: the agent would drop a cookie whose expiry is behind the real clock.
      const cookie = `taper_session=${signup.cookies.find((c) => c.name === 'taper_session')?.value ?? ''}`;
      const me = async (iso: string) => {
        short.setNow(iso);
        return (await short.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode;
      };
      for (const iso of alive) expect(await me(iso), iso).toBe(200);
      expect(await me(ended)).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('rejects state-changing requests without the CSRF token', async () => {
    const agent = createAgent(t.app);
    await agent.signup('ann@example.org');
    const put = { method: 'PUT' as const, url: '/api/v1/checkins/2026-11-24', payload: { note: 'x' } };
    const without = await agent.request({ ...put, csrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const forged = await agent.request({ ...put, csrf: false, headers: { 'x-csrf-token': 'forged' } });
    expect(forged.statusCode).toBe(403);
    expect((await agent.request({ url: '/api/v1/checkins/2026-11-24' })).statusCode).toBe(404);
    expect((await agent.request(put)).statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per address across accounts', async () => {
    const limited = await createTestApp(kind, { authAttemptsPerIp: 3 });
    try {
      const agent = createAgent(limited.app, '192.0.2.7');
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const r = await agent.request({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: `user${i}@example.org`, password: 'whatever12345' },
        });
        statuses.push(r.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const other = await createAgent(limited.app, '192.0.2.8').request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'user9@example.org', password: 'whatever12345' },
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it.each([
    [{ email: 'not-an-email', password: 'long enough pass' }, 'email'],
    [{ email: 'ann@example.org', password: 'long enough pass', admin: true }, 'admin'],
    [{ password: 'long enough pass' }, 'email'],
  ])('rejects sign-up body %j naming field %s', async (payload, field) => {
    const response = await createAgent(t.app).request({ method: 'POST', url: '/api/v1/auth/signup', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_input', field } });
  });

  it.each(['short', 'aaaaaaaaaa', '          ', 'ann@example.org', 'password123'])(
    'refuses the weak password %j with 400 weak_password naming the field, and stores nothing (finding: length was the only rule)',
    async (password) => {
      const response = await createAgent(t.app).signup('ann@example.org', password);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'weak_password', field: 'password' } });
      expect(await t.database.db.selectFrom('users').select('id').execute()).toEqual([]);
    },
  );
});
