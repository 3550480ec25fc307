import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createTestApp, signedInApp } from './test-app.js';

const webRoot = mkdtempSync(join(tmpdir(), 'taper-web-'));
mkdirSync(join(webRoot, 'assets'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Taper</title>');
writeFileSync(join(webRoot, 'assets', 'index-1234.js'), 'export {};\n//# sourceMappingURL=index-1234.js.map');
writeFileSync(join(webRoot, 'assets', 'index-1234.js.map'), '{"version":3,"sourcesContent":["// secret comment"]}');
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

describe.each(TEST_DATABASES)('response headers on $name', (kind) => {
  const ctx = signedInApp(kind);

  // Finding: API answers with health data carried no Cache-Control: no-store.
  it('marks every API answer no-store, refusals and unknown addresses included', async () => {
    const { ann } = ctx;
    const answers = {
      saved: await ann.request({
        method: 'PUT',
        url: '/api/v1/checkins/2026-11-20',
        payload: { symptoms: { tremor: 2 } },
      }),
      read: await ann.request({ url: '/api/v1/checkins?from=2026-11-01&to=2026-11-24' }),
      me: await ann.request({ url: '/api/v1/auth/me' }),
      refused: await ann.request({ method: 'PUT', url: '/api/v1/checkins/2026-13-01', payload: {} }),
      csrf: await ann.request({ method: 'PUT', url: '/api/v1/checkins/2026-11-20', payload: {}, csrf: false }),
      signedOut: await ctx.t.app.inject({ url: '/api/v1/checkins?from=2026-11-01&to=2026-11-24' }),
      unknown: await ctx.t.app.inject({ url: '/api/v1/nothing-here' }),
    };
    expect(Object.entries(answers).map(([name, r]) => [name, r.statusCode, r.headers['cache-control']])).toEqual([
      ['saved', 200, 'no-store'],
      ['read', 200, 'no-store'],
      ['me', 200, 'no-store'],
      ['refused', 400, 'no-store'],
      ['csrf', 403, 'no-store'],
      ['signedOut', 401, 'no-store'],
      ['unknown', 404, 'no-store'],
    ]);
  });

  it('lets the public catalogue, the same for everyone, be cached for an hour', async () => {
    for (const url of ['/api/v1/symptoms', '/api/v1/red-flags', '/api/v1/medications', '/api/v1/instruments']) {
      expect((await ctx.t.app.inject({ url })).headers['cache-control'], url).toBe('public, max-age=3600');
    }
  });

  // Finding: the CSP allowed https: styles and fonts (and inline styles).
  it('sends a CSP with only the app’s own sources, and a Permissions-Policy denying unused features', async () => {
    const { headers } = await ctx.t.app.inject({ url: '/api/v1/symptoms' });
    const csp = String(headers['content-security-policy']);
    expect(csp).not.toMatch(/https:|unsafe-inline|unsafe-eval/);
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values.join(' ')]),
    );
    expect(
      Object.fromEntries(['script-src', 'style-src', 'font-src', 'default-src'].map((d) => [d, directives.get(d)])),
    ).toEqual({
      'script-src': "'self'",
      'style-src': "'self'",
      'font-src': "'self'",
      'default-src': "'self'",
    });
    expect([directives.get('base-uri'), directives.get('frame-ancestors'), headers['x-frame-options']]).toEqual([
      "'none'",
      "'none'",
      'DENY',
    ]);
    const denied = String(headers['permissions-policy']).split(', ');
    expect(denied).toEqual(
      expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']),
    );
  });
});

describe.each(TEST_DATABASES)('the built web app on $name', (kind) => {
  // Finding: source maps were served.
  it('serves no source maps, even one left in the folder', async () => {
    const t = await createTestApp(kind, { webRoot });
    try {
      expect((await t.app.inject({ url: '/assets/index-1234.js' })).statusCode).toBe(200);
      for (const url of ['/assets/index-1234.js.map', '/assets/index-1234.js.map?x=1', '/assets/other.js.map']) {
        const map = await t.app.inject({ url });
        expect(map.statusCode, url).toBe(404);
        expect(map.body, url).not.toContain('secret comment');
      }
      expect((await t.app.inject({ url: '/today' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  // Finding (SECURITY.md, v5.0.0-13.4.4): TRACE / answered 200 with the app's page.
  it('answers the app page to GET and HEAD only: TRACE and other methods get a 404', async () => {
    const t = await createTestApp(kind, { webRoot });
    try {
      expect((await t.app.inject({ method: 'HEAD', url: '/today' })).statusCode).toBe(200);
      for (const method of ['TRACE', 'OPTIONS', 'DELETE'] as const) {
        const answer = await t.app.inject({ method, url: '/today' });
        expect(answer.statusCode, method).toBe(404);
        expect(answer.body, method).not.toContain('<title>Taper</title>');
      }
    } finally {
      await t.close();
    }
  });
});
