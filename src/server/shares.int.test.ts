/**
 * Share links (issue #12 §2) on both databases: made, listed, opened, revoked and expired; only a hash stored; the
 * pages' headers, rate limit and logs; and another person's links and data out of reach.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CreatedShareSchema, ShareListSchema } from '../api/share-schemas.js';
import { addDays, MAX_LIVE_SHARES } from '../core/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, createTestApp, putDropsPlan, type Agent, type TestApp } from './test-app.js';

const NOW = '2026-12-01T12:00:00.000Z';
const TODAY = NOW.slice(0, 10);
const ANN_NOTE = 'Ask about moving the evening dose';

/** A plan, a fortnight of check-ins (one note marked for the doctor) and a red-flag event. */
async function seed(agent: Agent, note: string) {
  expect((await putDropsPlan(agent, addDays(TODAY, -40))).statusCode).toBe(200);
  for (let i = 0; i < 14; i++) {
    const date = addDays(TODAY, -i);
    const payload = {
      symptoms: { tremor: i % 3, anxiety: 1 },
      sleepHours: 6,
      note: i === 2 ? note : '',
      tags: i === 2 ? ['for-doctor'] : [],
    };
    expect((await agent.request({ method: 'PUT', url: `/api/v1/checkins/${date}`, payload })).statusCode).toBe(200);
  }
  const event = { kind: 'fall-or-head-injury', occurredAt: `${addDays(TODAY, -5)}T09:00:00Z` };
  expect((await agent.request({ method: 'POST', url: '/api/v1/events', payload: event })).statusCode).toBe(201);
}

const makeShare = async (agent: Agent, payload: Record<string, unknown> = { label: 'Dr Lee' }) => {
  const response = await agent.request({ method: 'POST', url: '/api/v1/shares', payload });
  expect(response.statusCode, response.body).toBe(201);
  return CreatedShareSchema.parse(response.json());
};
const listShares = async (agent: Agent) =>
  ShareListSchema.parse((await agent.request({ url: '/api/v1/shares' })).json()).shares;

describe.each(TEST_DATABASES)('share links on $name', (kind) => {
  let t: TestApp;
  const logLines: string[] = [];
  const open = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url, headers, remoteAddress: '198.51.100.7' });

  async function start(overrides: Parameters<typeof createTestApp>[1] = {}) {
    logLines.length = 0;
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    t = await createTestApp(kind, { logger: { level: 'info', stream }, ...overrides });
    t.setNow(NOW);
    const ann = createAgent(t.app);
    await ann.signup('ann@example.org');
    return ann;
  }
  afterEach(() => t.close());

  it('answers the link once, keeps only its SHA-256, and lasts 14 days unless asked otherwise', async () => {
    const ann = await start();
    const { share, path } = await makeShare(ann);
    const token = path.replace('/s/', '');
    expect(path).toMatch(/^\/s\/[A-Za-z0-9_-]{43}$/);
    expect(share).toMatchObject({ label: 'Dr Lee', createdAt: NOW, status: 'active', useCount: 0, uses: [] });
    expect(share.expiresAt).toBe(`${addDays(TODAY, 14)}T12:00:00.000Z`);
    const rows = await t.database.db.selectFrom('shares').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    // The list never shows the link again.
    const listed = await ann.request({ url: '/api/v1/shares' });
    expect(listed.body).not.toContain(token);
    expect(ShareListSchema.parse(listed.json()).shares.map((s) => s.id)).toEqual([share.id]);

    const week = await makeShare(ann, { label: 'Nurse', expiresInDays: 90 });
    expect(week.share.expiresAt).toBe(`${addDays(TODAY, 90)}T12:00:00.000Z`);
  });

  it('refuses a wrong expiry or label with a 400 naming the field, and stores nothing', async () => {
    const ann = await start();
    for (const [payload, field] of [
      [{ label: 'Dr Lee', expiresInDays: 0 }, 'expiresInDays'],
      [{ label: 'Dr Lee', expiresInDays: 91 }, 'expiresInDays'],
      [{ label: 'Dr Lee', expiresInDays: 1.5 }, 'expiresInDays'],
      [{ label: 'Dr Lee', expiresInDays: '14' }, 'expiresInDays'],
      [{ label: '   ' }, 'label'],
      [{ label: 'x'.repeat(61) }, 'label'],
      [{}, 'label'],
    ] as const) {
      const response = await ann.request({ method: 'POST', url: '/api/v1/shares', payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_input', field } });
    }
    expect(await listShares(ann)).toEqual([]);
  });

  it('opens a read-only page of the report and its PDF, each use logged for the owner', async () => {
    const ann = await start();
    await seed(ann, ANN_NOTE);
    const { share, path } = await makeShare(ann);
    const page = await open(path, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(String(page.headers['content-security-policy'])).toContain("style-src 'self'");
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('Taper report');
    expect(page.body).toContain('Checked in on 14 of 90 days');
    expect(page.body).toContain(ANN_NOTE);
    expect(page.body).toContain('Fall or head injury');
    // No inline style or script: the strict CSP would refuse them.
    expect(page.body).not.toMatch(/<script|style="/);
    expect(page.body).toContain(`href="${path.slice(3)}/report.pdf"`);

    const pdf = await open(`${path}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const [listed] = await listShares(ann);
    expect(listed).toMatchObject({ id: share.id, useCount: 2, lastUsedAt: NOW, status: 'active' });
    expect(listed?.uses.map((u) => u.kind).sort()).toEqual(['page', 'pdf']);
  });

  it('shows the page in German to a German browser', async () => {
    const ann = await start();
    const { path } = await makeShare(ann);
    const page = await open(path, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' });
    expect(page.body).toContain('<html lang="de">');
    expect(page.body).toContain('Bericht zum Ausschleichen');
  });

  it('answers the same calm page for a revoked, an expired, an unknown and a malformed link', async () => {
    const ann = await start();
    const revoked = await makeShare(ann, { label: 'old' });
    const expiring = await makeShare(ann, { label: 'a day', expiresInDays: 1 });
    expect((await ann.request({ method: 'DELETE', url: `/api/v1/shares/${revoked.share.id}` })).statusCode).toBe(204);
    // A second revoke keeps the first time.
    t.setNow('2026-12-01T13:00:00.000Z');
    expect((await ann.request({ method: 'DELETE', url: `/api/v1/shares/${revoked.share.id}` })).statusCode).toBe(204);
    expect((await open(expiring.path)).statusCode).toBe(200);
    t.setNow(`${addDays(TODAY, 1)}T12:00:00.000Z`);

    const unknown = `/s/${'A'.repeat(43)}`;
    const answers = await Promise.all(
      [revoked.path, expiring.path, unknown, '/s/not-a-token', `${revoked.path}/report.pdf`].map((p) => open(p)),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(answer.body).toBe(answers[0]?.body);
    }
    expect(answers[0]?.body).toContain('This link is no longer active');

    const shares = await listShares(ann);
    expect(shares.find((s) => s.id === revoked.share.id)).toMatchObject({
      status: 'revoked',
      revokedAt: NOW,
      useCount: 0,
    });
    expect(shares.find((s) => s.id === expiring.share.id)).toMatchObject({ status: 'expired', useCount: 1 });
  });

  it('keeps another person’s links and records out of reach', async () => {
    const ann = await start();
    await seed(ann, ANN_NOTE);
    const annShare = await makeShare(ann);
    const bob = createAgent(t.app, '10.0.0.9');
    await bob.signup('bob@example.org');
    await seed(bob, 'Bob’s own note');
    const bobShare = await makeShare(bob, { label: 'Dr Bob' });

    expect((await listShares(bob)).map((s) => s.id)).toEqual([bobShare.share.id]);
    expect((await bob.request({ method: 'DELETE', url: `/api/v1/shares/${annShare.share.id}` })).statusCode).toBe(404);
    const annPage = await open(annShare.path);
    expect(annPage.statusCode).toBe(200);
    expect(annPage.body).toContain(ANN_NOTE);
    expect(annPage.body).not.toContain('Bob’s own note');
    const bobPage = await open(bobShare.path);
    expect(bobPage.body).toContain('Bob’s own note');
    expect(bobPage.body).not.toContain(ANN_NOTE);
    // Bob's use is his: Ann's link counts only its own.
    expect((await listShares(ann))[0]?.useCount).toBe(1);

    const stranger = createAgent(t.app, '10.0.0.10');
    expect((await stranger.request({ url: '/api/v1/shares' })).statusCode).toBe(401);
    expect(
      (await stranger.request({ method: 'POST', url: '/api/v1/shares', payload: { label: 'x' } })).statusCode,
    ).toBe(401);
  });

  it(`keeps at most ${String(MAX_LIVE_SHARES)} live links; revoking one makes room`, async () => {
    const ann = await start();
    const made = [];
    for (let i = 0; i < MAX_LIVE_SHARES; i++) made.push(await makeShare(ann, { label: `link ${String(i)}` }));
    const refused = await ann.request({ method: 'POST', url: '/api/v1/shares', payload: { label: 'one more' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'too_many_shares' } });
    await ann.request({ method: 'DELETE', url: `/api/v1/shares/${made[0]?.share.id ?? ''}` });
    await makeShare(ann, { label: 'one more' });
  });

  it('limits the share pages per visitor address, with a calm page', async () => {
    const ann = await start({ shareRequestsPerWindow: 3 });
    const { path } = await makeShare(ann);
    for (let i = 0; i < 3; i++) expect((await open(path)).statusCode).toBe(200);
    const busy = await open(path);
    expect(busy.statusCode).toBe(429);
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
    expect(busy.body).toContain('Please wait a few minutes');
    // The owner's own API is not held up by it.
    expect((await ann.request({ url: '/api/v1/shares' })).statusCode).toBe(200);
  });

  it('never writes the token to the log', async () => {
    const ann = await start();
    const { share, path } = await makeShare(ann);
    const token = path.slice(3);
    await open(path);
    await open(`${path}/report.pdf`);
    await ann.request({ method: 'DELETE', url: `/api/v1/shares/${share.id}` });
    await open(path);
    expect(logLines.some((line) => line.includes('"route":"/s/:token"'))).toBe(true);
    expect(logLines.filter((line) => line.includes(token))).toEqual([]);
    expect(logLines.filter((line) => line.includes(createHash('sha256').update(token).digest('hex')))).toEqual([]);
  });
});
