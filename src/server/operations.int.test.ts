import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../storage/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { buildApp } from './app.js';
import { appPerTest, createAgent, type createTestApp, type TestApp } from './test-app.js';

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly reqId?: string;
  readonly [key: string]: unknown;
}

describe.each(TEST_DATABASES)('probes and request logs on $name', (kind) => {
  let t: TestApp;
  const openApp = appPerTest();
  const open = async (...args: Parameters<typeof createTestApp>): Promise<TestApp> => (t = await openApp(...args));

  it('answers /healthz and /readyz without a session, never throttled, never cached', async () => {
    await open(kind, { apiRequestsPerMinute: 1 });
    await t.app.inject({ url: '/api/v1/auth/me' });
    expect((await t.app.inject({ url: '/api/v1/auth/me' })).statusCode).toBe(429);
    for (let i = 0; i < 3; i += 1) {
      const health = await t.app.inject({ url: '/healthz' });
      expect([health.statusCode, health.json()]).toEqual([200, { status: 'up' }]);
      const ready = await t.app.inject({ url: '/readyz' });
      expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready' }]);
      expect(ready.headers['cache-control']).toBe('no-store');
    }
  });

  it('says not ready (503 unavailable) when the database does not answer, while /healthz stays up', async () => {
    await open(kind);
    const schema = t.database.schema ?? 'public';
    const url = process.env['TAPER_TEST_PG_URL'] ?? '';
    const lost = await openDatabase(
      kind.name === 'postgres' ? { kind: 'postgres', url, schema } : { kind: 'sqlite', file: ':memory:' },
    );
    await migrateToLatest(lost);
    const app = await buildApp({ database: lost, now: () => new Date(), newId: () => 'x', newToken: () => 'token' });
    try {
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      await lost.close();
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ error: { code: 'unavailable' } });
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('logs one JSON line per request with its route pattern, status and id, and no health data', async () => {
    const lines: string[] = [];
    await open(kind, { logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } } });
    const ann = createAgent(t.app);
    await ann.signup('ann@example.org');
    lines.length = 0;
    const note = 'woke shaking at 3am';
    const saved = await ann.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-20',
      payload: { symptoms: { tremor: 3 }, sleepHours: 4, doseMg: 0.5, note },
    });
    expect(saved.statusCode).toBe(200);
    const listed = await ann.request({ url: '/api/v1/checkins?from=2026-11-01&to=2026-11-24' });
    // Less the agent's fetch of a fresh CSRF token (sign-up rotated the secret).
    const requests = lines
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.msg === 'request' && line['route'] !== '/api/v1/csrf');
    expect(requests.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'PUT', route: '/api/v1/checkins/:date', status: 200 },
      { method: 'GET', route: '/api/v1/checkins', status: 200 },
    ]);
    expect(requests.map((line) => line.reqId)).toEqual([saved.headers['x-request-id'], listed.headers['x-request-id']]);
    expect(typeof requests[0]?.['durationMs']).toBe('number');
    const everything = lines.join('\n');
    for (const secret of ['2026-11-20', '2026-11-01', note, 'tremor', 'ann@example.org'])
      expect(everything).not.toContain(secret);
  });

  it('keeps an incoming request id only when it looks like one', async () => {
    await open(kind);
    const ids = async (incoming: string) =>
      (await t.app.inject({ url: '/healthz', headers: { 'x-request-id': incoming } })).headers['x-request-id'];
    expect(await ids('7f0c2a9e-0b1d-4c55-9a8e-3f1b2c4d5e6f')).toBe('7f0c2a9e-0b1d-4c55-9a8e-3f1b2c4d5e6f');
    expect(await ids('lb.1234567890')).toBe('lb.1234567890');
    for (const bad of ['"}\n{"msg":"forged', 'x'.repeat(65), 'short']) {
      expect(await ids(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
