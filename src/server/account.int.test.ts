import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { buildApp } from './app.js';
import { hashPassword } from './auth/passwords.js';
import { createAgent, createTestApp, type Agent, type TestApp } from './test-app.js';

const PASSWORD = 'correct horse battery';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const PHONE =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

interface SessionInfo {
  id: string;
  device: string;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
}

describe.each(TEST_DATABASES)('what a person controls about their account, on $name', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(kind);
  });
  afterEach(() => t.close());

  const login = (agent: Agent, password = PASSWORD, email = 'ann@example.org', ua = FIREFOX) =>
    agent.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      headers: { 'user-agent': ua },
    });
  const me = async (agent: Agent) => (await agent.request({ url: '/api/v1/auth/me' })).statusCode;
  const change = (agent: Agent, currentPassword: string, newPassword: string) =>
    agent.request({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword, newPassword } });
  const sessions = async (agent: Agent) =>
    (await agent.request({ url: '/api/v1/auth/sessions' })).json<{ sessions: SessionInfo[] }>().sessions;

  async function annOnTwoDevices(): Promise<{ laptop: Agent; phone: Agent }> {
    const laptop = createAgent(t.app);
    await laptop.signup('ann@example.org', PASSWORD);
    const phone = createAgent(t.app, '10.0.0.2');
    expect((await login(phone, PASSWORD, 'ann@example.org', PHONE)).statusCode).toBe(200);
    return { laptop, phone };
  }

  it('changes the password and ends every other session (finding: there was no way to change it)', async () => {
    const { laptop, phone } = await annOnTwoDevices();
    const changed = await change(laptop, PASSWORD, 'a brand new passphrase');
    expect(changed.statusCode).toBe(204);
    expect(await me(laptop)).toBe(200);
    expect(await me(phone)).toBe(401);
    expect((await login(createAgent(t.app))).statusCode).toBe(401);
    expect((await login(createAgent(t.app), 'a brand new passphrase')).statusCode).toBe(200);
  });

  it('a password change that fails half-way keeps the old password and the other sessions, together', async () => {
    const { laptop, phone } = await annOnTwoDevices();
    // Ending the other sessions fails after the new key is written: the new key must not be kept alone.
    if (kind.name === 'sqlite') {
      await sql`create trigger refuse_session_end before delete on sessions begin select raise(abort, 'injected'); end`.execute(
        t.database.db,
      );
    } else {
      await sql`create function refuse_session_end() returns trigger language plpgsql as $$ begin raise exception 'injected'; end $$`.execute(
        t.database.db,
      );
      await sql`create trigger refuse_session_end before delete on sessions for each row execute function refuse_session_end()`.execute(
        t.database.db,
      );
    }
    expect((await change(laptop, PASSWORD, 'a brand new passphrase')).statusCode).toBe(500);
    expect(await me(phone)).toBe(200);
    expect((await login(createAgent(t.app, '10.0.0.3'))).statusCode).toBe(200);
    expect((await login(createAgent(t.app, '10.0.0.4'), 'a brand new passphrase')).statusCode).toBe(401);
  });

  it('refuses a wrong current password with 403 wrong_password and changes nothing', async () => {
    const { laptop, phone } = await annOnTwoDevices();
    const wrong = await change(laptop, 'not my password', 'a brand new passphrase');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { code: 'wrong_password', field: 'currentPassword' } });
    expect(await me(phone)).toBe(200);
    expect((await login(createAgent(t.app))).statusCode).toBe(200);
  });

  it.each(['aaaaaaaaaa', 'ann@example.org', 'password123', 'short'])(
    'refuses the weak new password %j naming newPassword',
    async (weak) => {
      const { laptop, phone } = await annOnTwoDevices();
      const refused = await change(laptop, PASSWORD, weak);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: 'weak_password', field: 'newPassword' } });
      expect(await me(phone)).toBe(200);
      expect((await login(createAgent(t.app))).statusCode).toBe(200);
    },
  );

  it('refuses a new password that another account of the same address uses, saying only "choose another"', async () => {
    const ann = createAgent(t.app);
    await ann.signup('ann@example.org', PASSWORD);
    const other = createAgent(t.app);
    const second = (await other.signup('ann@example.org', 'the other account')).json<{
      id: string;
      existingAccount: boolean;
    }>();
    expect(second.existingAccount).toBe(false);
    const clash = await change(other, 'the other account', PASSWORD);
    expect(clash.statusCode).toBe(400);
    expect(clash.json()).toMatchObject({ error: { code: 'weak_password', field: 'newPassword' } });
    expect((await login(createAgent(t.app), 'the other account')).json()).toMatchObject({ id: second.id });
  });

  // Finding (SECURITY.md review): that refusal tells its sender the other account's password, so password changes on
  // an address must draw on the same guessing budget as sign-ins, or they are a way past the per-address ceiling.
  it('counts every password change against the address’s guessing ceiling, as a sign-in attempt', async () => {
    const limited = await createTestApp(kind, { authAttemptsPerAccount: 3, authSlowSeconds: 60 });
    try {
      const guesser = createAgent(limited.app);
      const change = (agent: Agent, currentPassword: string, newPassword: string) =>
        agent.request({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword, newPassword } });
      await guesser.signup('ann@example.org', 'my own account 0');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await change(guesser, `my own account ${String(i)}`, `my own account ${String(i + 1)}`)).statusCode,
        );
      // The sign-up that made an account counts once and each change once: at the ceiling (3) one attempt per 60 s goes
      // through, the next waits. Uncounted, all four would pass.
      expect(statuses).toEqual([204, 204, 204, 429]);
    } finally {
      await limited.close();
    }
  });

  it('lists the person’s sessions with device, times and the current one marked, by a public id', async () => {
    const { laptop } = await annOnTwoDevices();
    t.setNow('2026-11-25T12:05:00.000Z');
    const list = await sessions(laptop);
    expect(list).toHaveLength(2);
    expect(list.find((s) => s.current)).toMatchObject({
      device: 'Other device',
      createdAt: '2026-11-25T12:00:00.000Z',
      lastUsedAt: '2026-11-25T12:05:00.000Z',
    });
    expect(list.find((s) => !s.current)).toMatchObject({
      device: 'Chrome on Android',
      lastUsedAt: '2026-11-25T12:00:00.000Z',
    });
    const rows = await t.database.db.selectFrom('sessions').select('token_hash').execute();
    const secrets = [...laptop.cookies.values(), ...rows.map((r) => r.token_hash)];
    for (const s of list) for (const secret of secrets) expect(secret).not.toContain(s.id);
  });

  it('writes last_used_at at most once a minute per session', async () => {
    const { laptop } = await annOnTwoDevices();
    const lastUsed = async () => (await sessions(laptop)).find((s) => s.current)?.lastUsedAt;
    t.setNow('2026-11-25T12:00:59.000Z');
    expect(await lastUsed()).toBe('2026-11-25T12:00:00.000Z');
    t.setNow('2026-11-25T12:01:00.000Z');
    expect(await lastUsed()).toBe('2026-11-25T12:01:00.000Z');
    t.setNow('2026-11-25T12:01:30.000Z');
    expect(await lastUsed()).toBe('2026-11-25T12:01:00.000Z');
  });

  it('ends one of the person’s own sessions, never someone else’s', async () => {
    const { laptop, phone } = await annOnTwoDevices();
    const bob = createAgent(t.app, '10.0.0.3');
    await bob.signup('bob@example.org', 'bob has a passphrase');
    const bobs = (await sessions(bob))[0]?.id ?? '';
    const notAnns = await laptop.request({ method: 'DELETE', url: `/api/v1/auth/sessions/${bobs}` });
    expect(notAnns.statusCode).toBe(404);
    expect(notAnns.json()).toMatchObject({ error: { code: 'not_found', field: 'id' } });
    expect(await me(bob)).toBe(200);
    const phoneId = (await sessions(laptop)).find((s) => !s.current)?.id ?? '';
    expect((await laptop.request({ method: 'DELETE', url: `/api/v1/auth/sessions/${phoneId}` })).statusCode).toBe(204);
    expect(await me(phone)).toBe(401);
    expect(await me(laptop)).toBe(200);
    const own = (await sessions(laptop))[0]?.id ?? '';
    expect((await laptop.request({ method: 'DELETE', url: `/api/v1/auth/sessions/${own}` })).statusCode).toBe(204);
    expect(await me(laptop)).toBe(401);
  });

  it('signs out everywhere, this device included', async () => {
    const { laptop, phone } = await annOnTwoDevices();
    const bob = createAgent(t.app, '10.0.0.3');
    await bob.signup('bob@example.org', 'bob has a passphrase');
    expect((await laptop.request({ method: 'POST', url: '/api/v1/auth/logout-all' })).statusCode).toBe(204);
    expect([await me(laptop), await me(phone), await me(bob)]).toEqual([401, 401, 200]);
  });

  it('a second sign-in in the same browser ends the first session (finding: it stayed alive)', async () => {
    const agent = createAgent(t.app);
    await agent.signup('ann@example.org', PASSWORD);
    const first = agent.cookies.get('taper_session');
    expect((await login(agent)).statusCode).toBe(200);
    expect(agent.cookies.get('taper_session')).not.toBe(first);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `taper_session=${first ?? ''}` } })).statusCode,
    ).toBe(401);
    expect(await t.database.db.selectFrom('sessions').select('token_hash').execute()).toHaveLength(1);
  });

  it('purges expired and idle sessions at sign-in and when the app starts (finding: they were never purged)', async () => {
    await createAgent(t.app).signup('ann@example.org', PASSWORD);
    await createAgent(t.app, '10.0.0.3').signup('bob@example.org', 'bob has a passphrase');
    const count = async () => (await t.database.db.selectFrom('sessions').select('token_hash').execute()).length;
    t.setNow('2026-12-03T12:00:00.000Z');
    expect((await login(createAgent(t.app, '10.0.0.2'))).statusCode).toBe(200);
    // Ann's idle session went at her sign-in; Bob's waits for the next purge.
    expect(await count()).toBe(2);
    const restarted = await buildApp({
      database: t.database,
      now: () => new Date('2026-12-03T12:00:00.000Z'),
      newId: () => 'x',
      newToken: () => 'y',
    });
    await restarted.close();
    expect(await count()).toBe(1);
  });

  it('rotates the CSRF secret at sign-in and sign-out (finding: it never rotated)', async () => {
    for (const step of ['signup', 'logout'] as const) {
      const agent = createAgent(t.app);
      if (step === 'logout') await agent.signup('ann@example.org', PASSWORD);
      const before = (await agent.request({ url: '/api/v1/csrf' })).json<{ token: string }>().token;
      const secretBefore = agent.cookies.get('taper_csrf');
      const rotating =
        step === 'signup'
          ? await agent.signup('ann@example.org', PASSWORD)
          : await agent.request({
              method: 'POST',
              url: '/api/v1/auth/logout',
              headers: { 'x-csrf-token': before },
              csrf: false,
            });
      expect(rotating.statusCode, step).toBeLessThan(300);
      expect(agent.cookies.get('taper_csrf'), step).toBeUndefined();
      const stale = await agent.request({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { 'x-csrf-token': before },
        csrf: false,
      });
      expect(stale.statusCode, step).toBe(403);
      expect(stale.json()).toMatchObject({ error: { code: 'csrf_failed' } });
      await agent.request({ url: '/api/v1/csrf' });
      expect(agent.cookies.get('taper_csrf'), step).not.toBe(secretBefore);
    }
  });

  it('signs in an account from before login keys with its old hash, then by its login key', async () => {
    await t.database.db
      .insertInto('users')
      .values({
        id: 'old',
        email: 'old@example.org',
        password_hash: await hashPassword(PASSWORD),
        login_key: null,
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    expect((await login(createAgent(t.app), 'not the password', 'old@example.org')).statusCode).toBe(401);
    const ok = await login(createAgent(t.app), PASSWORD, 'old@example.org');
    expect(ok.json()).toMatchObject({ id: 'old' });
    const row = await t.database.db.selectFrom('users').selectAll().where('id', '=', 'old').executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
    expect(row.login_key).toMatch(/^[0-9a-f]{64}$/);
    expect((await login(createAgent(t.app), PASSWORD, 'old@example.org')).json()).toMatchObject({ id: 'old' });
  });
});
