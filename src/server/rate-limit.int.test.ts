import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { HEAVY_REQUESTS_PER_WINDOW, HEAVY_WINDOW_SECONDS } from './api-rate-limit.js';
import { buildApp } from './app.js';
import { appPerTest, createAgent, createTestApp, type TestApp } from './test-app.js';

const me = { url: '/api/v1/auth/me' } as const;

describe.each(TEST_DATABASES)('API flood control on $name', (kind) => {
  let t: TestApp;
  const openApp = appPerTest();
  const open = async (...args: Parameters<typeof createTestApp>): Promise<TestApp> => (t = await openApp(...args));

  // Finding: the limit was per address only, so a clinic behind one NAT address hit it at once.
  it('gives each signed-in account its own budget behind one shared address', async () => {
    await open(kind, { apiRequestsPerMinute: 6 });
    const ann = createAgent(t.app, '192.0.2.10');
    const bob = createAgent(t.app, '192.0.2.10');
    // Signing up is anonymous: a token and the sign-up each, 4 of the address's 6.
    expect((await ann.signup('ann@example.org')).statusCode).toBe(201);
    expect((await bob.signup('bob@example.org')).statusCode).toBe(201);
    for (let i = 0; i < 6; i += 1) expect((await ann.request(me)).statusCode).toBe(200);
    const blocked = await ann.request(me);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await bob.request(me)).statusCode).toBe(200);
    const anonymous = (): Promise<number> =>
      t.app.inject({ ...me, remoteAddress: '192.0.2.10' }).then((r) => r.statusCode);
    expect([await anonymous(), await anonymous(), await anonymous()]).toEqual([401, 401, 429]);
  });

  // Finding: one account asking for its five-year FHIR export again and again held the server for everyone.
  it('gives whole-record requests a budget of their own per account, apart from the API budget', async () => {
    await open(kind);
    const ann = createAgent(t.app, '192.0.2.11');
    const bob = createAgent(t.app, '192.0.2.11');
    expect((await ann.signup('ann@example.org')).statusCode).toBe(201);
    expect((await bob.signup('bob@example.org')).statusCode).toBe(201);
    const urls = ['/api/v1/export.json', '/api/v1/export/checkins.csv', '/api/v1/export/fhir'];
    for (let i = 0; i < HEAVY_REQUESTS_PER_WINDOW; i += 1) {
      expect((await ann.request({ url: urls[i % urls.length] ?? '' })).statusCode).toBe(200);
    }
    const blocked = await ann.request({ url: '/api/v1/export/doses.csv' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(HEAVY_WINDOW_SECONDS - 60);
    // Everything else goes on, and another account behind the same address has its own.
    expect((await ann.request(me)).statusCode).toBe(200);
    expect((await bob.request({ url: '/api/v1/export.json' })).statusCode).toBe(200);
  });

  it('gives no fresh budget for a made-up session cookie', async () => {
    await open(kind, { apiRequestsPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const cookie = `taper_session=${randomBytes(32).toString('base64url')}`;
      statuses.push((await t.app.inject({ ...me, headers: { cookie }, remoteAddress: '192.0.2.20' })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('gives no fresh budget for a new IPv6 address in the same /64', async () => {
    await open(kind, { apiRequestsPerMinute: 2 });
    const from = async (remoteAddress: string) => (await t.app.inject({ ...me, remoteAddress })).statusCode;
    expect([await from('2001:db8:1:2::1'), await from('2001:db8:1:2::2'), await from('2001:db8:1:2:ffff::9')]).toEqual([
      401, 401, 429,
    ]);
    expect(await from('2001:db8:1:3::1')).toBe(401);
  });

  // Finding: TAPER_TRUST_PROXY=true trusted every X-Forwarded-For hop, so a spoofed first hop got a fresh bucket.
  it.each([
    ['a hop count', 1],
    ['the proxy’s address', ['10.0.0.2']],
  ] as const)('keys by the address the trusted proxy saw (%s), not a spoofed first hop', async (_label, trustProxy) => {
    await open(kind, { apiRequestsPerMinute: 2, trustProxy });
    const viaProxy = async (forwardedFor: string): Promise<number> =>
      (await t.app.inject({ ...me, remoteAddress: '10.0.0.2', headers: { 'x-forwarded-for': forwardedFor } }))
        .statusCode;
    const spoofed = [];
    for (let i = 1; i <= 4; i += 1) spoofed.push(await viaProxy(`198.18.0.${i}, 203.0.113.7`));
    expect(spoofed).toEqual([401, 401, 429, 429]);
    expect(await viaProxy('198.51.100.9')).toBe(401);
  });

  it('never throttles the app’s own files', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'taper-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Taper</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'export {};');
    try {
      await open(kind, { apiRequestsPerMinute: 1, webRoot });
      expect((await t.app.inject(me)).statusCode).toBe(401);
      expect((await t.app.inject(me)).statusCode).toBe(429);
      for (const url of ['/', '/assets/app-1234.js', '/today', '/', '/assets/app-1234.js']) {
        expect((await t.app.inject({ url })).statusCode, url).toBe(200);
      }
    } finally {
      rmSync(webRoot, { recursive: true, force: true });
    }
  });
});

// SQLite serves one process and keeps the counts in memory; on PostgreSQL they live in the database.
const postgres = TEST_DATABASES.find((kind) => kind.name === 'postgres');
if (postgres) {
  describe('API flood control across server processes on postgres', () => {
    it('shares one count between two app instances on one schema', async () => {
      const t = await createTestApp(postgres, { apiRequestsPerMinute: 4 });
      const url = process.env['TAPER_TEST_PG_URL'] ?? '';
      const second = await openDatabase({ kind: 'postgres', url, schema: t.database.schema ?? 'public' });
      let other: FastifyInstance | undefined;
      try {
        other = await buildApp({
          database: second,
          now: () => new Date(),
          newId: () => 'x',
          newToken: () => 'token',
          apiRequestsPerMinute: 4,
        });
        const apps = [t.app, other, t.app, other, t.app, other];
        const statuses = [];
        for (const app of apps) statuses.push((await app.inject({ ...me, remoteAddress: '192.0.2.30' })).statusCode);
        expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      } finally {
        await other?.close();
        await second.close();
        await t.close();
      }
    });
  });
}
