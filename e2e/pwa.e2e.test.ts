/**
 * The app installs as a PWA (manifest, icons, an active service worker) and its shell opens with no
 * connection. Saving entries offline (the IndexedDB outbox) is tested in offline.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

describe('installable, offline-capable shell', () => {
  it('has a web manifest with name, start URL, standalone display and 192/512 icons', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toMatch(/manifest/);
    const manifest = (await (await page.request.get(new URL(href ?? '', env.server.url).toString())).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Taper Companion', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const size of ['192', '512']) {
      const icon = await page.request.get(`${env.server.url}/icon-${size}.png`);
      expect(icon.headers()['content-type']).toBe('image/png');
    }
    await context.close();
  });

  it('registers a service worker and opens the app with no connection', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${env.server.url}/`);
    // Wait until the worker controls the page, so the reload below is served from its cache.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 })
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('Taper Companion');
    await context.close();
  });
});
