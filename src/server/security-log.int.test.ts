import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, createTestApp, type TestApp } from './test-app.js';

const EMAIL = 'ann.lee@example.org';
const PASSWORD = 'correct horse battery';

describe.each(TEST_DATABASES)(
  'security events on $name (finding: failed sign-ins and lockouts were not logged)',
  (kind) => {
    let t: TestApp | undefined;
    afterEach(() => t?.close());

    it('logs each event once, with the account and a keyed tag of the email, never the email, a password or a token', async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      });
      t = await createTestApp(kind, { logger: { level: 'info', stream }, authFailuresPerPair: 2 });
      const ann = createAgent(t.app);
      await ann.signup(EMAIL, PASSWORD);
      const stranger = createAgent(t.app, '192.0.2.1');
      for (let i = 0; i < 2; i++)
        await stranger.request({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: EMAIL, password: 'a wrong guess!' },
        });
      await ann.request({
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword: PASSWORD, newPassword: 'another fine passphrase' },
      });
      const phone = createAgent(t.app, '10.0.0.2');
      await phone.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: EMAIL, password: 'another fine passphrase' },
      });
      const sessions = (await ann.request({ url: '/api/v1/auth/sessions' })).json<{
        sessions: { id: string; current: boolean }[];
      }>().sessions;
      await ann.request({
        method: 'DELETE',
        url: `/api/v1/auth/sessions/${sessions.find((s) => !s.current)?.id ?? ''}`,
      });
      await ann.request({ method: 'POST', url: '/api/v1/auth/logout-all' });
      const signIn = () =>
        ann.request({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: EMAIL, password: 'another fine passphrase' },
        });
      await signIn();
      await ann.request({ method: 'POST', url: '/api/v1/auth/logout' });
      await signIn();
      await ann.request({
        method: 'DELETE',
        url: '/api/v1/auth/account',
        payload: { password: 'another fine passphrase' },
      });

      const events = lines
        .map((l) => JSON.parse(l) as { event?: string; emailTag?: string; userId?: string; reason?: string })
        .filter((l) => l.event);
      expect(events.map((e) => e.event)).toEqual([
        'signup',
        'login_failed',
        'lockout',
        'login_failed',
        'password_changed',
        'login',
        'session_ended',
        'logout_all',
        'login',
        'logout',
        'login',
        'account_deleted',
      ]);
      // Sign-out names the account it ended (finding: it named none).
      const annId = events.find((e) => e.event === 'signup')?.userId;
      expect(annId).toBeDefined();
      expect(events.find((e) => e.event === 'logout')).toMatchObject({ userId: annId });
      expect(events.find((e) => e.event === 'lockout')).toMatchObject({ reason: 'pair' });
      const tags = new Set(events.map((e) => e.emailTag).filter(Boolean));
      expect(tags.size).toBe(1);
      expect([...tags][0]).toMatch(/^[0-9a-f]{16}$/);
      const all = lines.join('\n');
      for (const secret of [
        EMAIL,
        'ann.lee',
        PASSWORD,
        'a wrong guess!',
        'another fine passphrase',
        ...ann.cookies.values(),
        ...phone.cookies.values(),
      ]) {
        expect(all).not.toContain(secret);
      }
    });
  },
);
