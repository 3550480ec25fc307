/**
 * Offline first, in Chromium: (a) with the network off, a check-in and a dose are saved on the device,
 * survive a reload, and reach the account once the network is back; (b) with requests cut at random
 * in the middle of sending (some never reach the server, some reach it and lose their reply), nothing
 * is lost and nothing is doubled once the connection recovers.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, localDate, severity, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

/** Reads the account straight from the server (the test's own request, not the page's network). */
async function fromServer(page: Page, path: string): Promise<{ status: number; body: unknown }> {
  const response = await page.request.get(`${env.server.url}${path}`);
  return { status: response.status(), body: await response.json() };
}

interface Dose {
  id: string;
  doseMg: number;
}
interface ServerCheckin {
  symptoms: Record<string, number>;
  note: string;
}

const serverDoses = async (page: Page, date: string) =>
  ((await fromServer(page, `/api/v1/doses?from=${date}&to=${date}`)).body as { doses: Dose[] }).doses;
const serverCheckin = async (page: Page, date: string) =>
  (await fromServer(page, `/api/v1/checkins/${date}`)).body as ServerCheckin;

async function logTypedDose(page: Page, mg: string): Promise<void> {
  const panel = page.getByTestId('dose-panel');
  // "Log a dose" opens the form (it stays open after each dose).
  const closed = panel.locator('details:not([open]) > summary');
  if ((await closed.count()) > 0) await closed.click();
  await panel.getByLabel('Dose taken (mg)').fill(mg);
  await panel.getByRole('button', { name: 'Log a dose' }).click();
  await expect
    .poll(() => page.getByTestId('dose-status').textContent())
    .toMatch(new RegExp(`Logged ${mg.replace('.', '\\.')}\u00a0mg`));
}

describe('(a) offline: record, reload, reconnect', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it('keeps a check-in and a dose made offline across a reload, then sends them when back online', async () => {
    await signUp(page, env.server.url, 'offline@example.org');
    // The service worker must control the page for the reload with no network to open the app.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 10_000 })
      .toBe(true);
    await page.getByTestId('checkin-form').waitFor();
    const today = await localDate(page);

    await context.setOffline(true);
    await logTypedDose(page, '0.5');
    await expect.poll(() => page.getByTestId('dose-panel').textContent()).toMatch(/0\.5\u00a0mg at .*not sent yet/);
    // Saved last, so the reload below shows it from the outbox, not from an unsaved draft.
    await severity(page, 'Tremor', 'Severe').check();
    await page.getByLabel('Note', { exact: true }).fill('Written with no connection.');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/Saved on this device/);
    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.textContent()).toMatch(/You are offline. 2 entries are kept on this device/);
    await expectAccessible(page, 'today, offline with unsent entries');

    await page.reload();
    await page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    await severity(page, 'Tremor', 'Severe').waitFor({ state: 'attached' });
    await expect.poll(() => severity(page, 'Tremor', 'Severe').isChecked()).toBe(true);
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('Written with no connection.');
    await expect.poll(() => page.getByTestId('dose-panel').textContent()).toMatch(/0\.5\u00a0mg at .*not sent yet/);
    await expect.poll(() => status.textContent()).toMatch(/2 entries are kept on this device/);

    // The last 14 days show the unsent day too, from the device.
    await page.getByRole('link', { name: 'History' }).click();
    await expect
      .poll(() => page.getByTestId('history-list').textContent())
      .toMatch(/1 symptom rated, highest: Severe.*not yet in your account/);

    // Nothing has reached the server yet.
    expect((await fromServer(page, `/api/v1/checkins/${today}`)).status).toBe(404);
    expect(await serverDoses(page, today)).toEqual([]);

    await context.setOffline(false);
    await expect
      .poll(async () => await serverCheckin(page, today))
      .toMatchObject({ symptoms: { tremor: 3 }, note: 'Written with no connection.' });
    await expect.poll(async () => (await serverDoses(page, today)).map((d) => d.doseMg)).toEqual([0.5]);
    await status.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('history-list').textContent()).not.toMatch(/not yet in your account/);
    await page.getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => page.getByTestId('dose-panel').textContent()).toMatch(/0\.5\u00a0mg at/);
    expect(await page.getByTestId('dose-panel').textContent()).not.toMatch(/not sent yet/);
  });
});

/** A small seeded generator, so a failing run can be replayed with the same faults. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('(b) the connection cut at random in the middle of sending', () => {
  for (const seed of [7, 99, 2026]) {
    it(`loses nothing and doubles nothing (seed ${seed})`, async () => {
      // The worker is blocked so that every request of the page passes through the fault injector below.
      const context = await env.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await signUp(page, env.server.url, `flaky-${seed}@example.org`);
      await page.getByTestId('checkin-form').waitFor();
      const today = await localDate(page);

      const random = seeded(seed);
      const faults = { before: 0, after: 0, through: 0 };
      // Writes fail in three ways: never reaching the server, or reaching it and losing the reply, or not at all.
      const inject = async (route: Route) => {
        if (route.request().method() === 'GET') return route.continue();
        const roll = random();
        if (roll < 0.35) {
          faults.before += 1;
          return route.abort('connectionfailed');
        }
        if (roll < 0.7) {
          faults.after += 1;
          await route.fetch();
          return route.abort('connectionreset');
        }
        faults.through += 1;
        return route.fulfill({ response: await route.fetch() });
      };
      await page.route('**/api/v1/**', inject);

      const notes = ['First try.', 'Second thoughts.', 'Final words for today.'];
      for (const [i, note] of notes.entries()) {
        await severity(page, 'Tremor', (['Mild', 'Moderate', 'Severe'] as const)[i] ?? 'Mild').check();
        await page.getByLabel('Note', { exact: true }).fill(note);
        await page.getByRole('button', { name: 'Save check-in' }).click();
        await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/Saved/);
      }
      for (const mg of ['0.25', '0.125', '0.5', '0.75']) await logTypedDose(page, mg);
      // Undo the 0.5 mg dose, whether or not it has reached the server yet.
      await page.getByRole('button', { name: /^Undo 0\.5 mg/ }).click();
      await expect.poll(() => page.getByTestId('dose-status').textContent()).toMatch(/Removed/);
      await page.getByRole('button', { name: 'I had a seizure' }).click();
      await page.getByTestId('urgent-help').waitFor();
      await page.getByRole('button', { name: /Back/ }).first().click();
      await page.getByTestId('checkin-form').waitFor();

      // The connection recovers; the person asks to send now rather than waiting for the next retry.
      await page.unroute('**/api/v1/**', inject);
      const status = page.getByTestId('sync-status');
      const tryNow = status.getByRole('button', { name: 'Try sending now' });
      if (await tryNow.isVisible()) await tryNow.click();
      await status.waitFor({ state: 'detached', timeout: 30_000 });

      expect(faults.before + faults.after, 'faults were injected').toBeGreaterThan(2);
      const doses = await serverDoses(page, today);
      expect(doses.map((d) => d.doseMg).sort()).toEqual([0.125, 0.25, 0.75]);
      expect(new Set(doses.map((d) => d.id)).size).toBe(doses.length);
      const checkin = await serverCheckin(page, today);
      expect(checkin).toMatchObject({ symptoms: { tremor: 3 }, note: 'Final words for today.' });
      const events = ((await fromServer(page, '/api/v1/events')).body as { events: { kind: string }[] }).events;
      expect(events.map((e) => e.kind)).toEqual(['seizure']);
      // Earlier edits that did reach the server are kept as history, each once.
      const versions = (
        (await fromServer(page, `/api/v1/checkins/${today}/versions`)).body as { versions: { note: string }[] }
      ).versions;
      const kept = versions.map((v) => v.note);
      expect(new Set(kept).size).toBe(kept.length);
      expect(kept.every((n) => notes.includes(n) && n !== 'Final words for today.')).toBe(true);
      // The screen agrees with the server after a reload.
      await page.reload();
      const panel = page.getByTestId('dose-panel');
      await expect.poll(() => panel.getByRole('listitem').allTextContents()).toHaveLength(3);
      const shown = (await panel.getByRole('listitem').allTextContents())
        .map((line) => line.replace(/ at .*/, ''))
        .sort();
      expect(shown).toEqual(['0.125\u00a0mg', '0.25\u00a0mg', '0.75\u00a0mg']);
      await context.close();
    });
  }
});

describe('signing out with no connection', () => {
  it('keeps the person signed in, says why, and keeps what they recorded', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await signUp(page, env.server.url, 'no-signal@example.org');
    await page.getByTestId('checkin-form').waitFor();
    await context.setOffline(true);
    await logTypedDose(page, '1');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/No connection right now/);
    expect(await page.getByRole('heading', { name: 'Today’s check-in' }).isVisible()).toBe(true);
    await context.setOffline(false);
    const today = await localDate(page);
    await expect.poll(async () => (await serverDoses(page, today)).map((d) => d.doseMg)).toEqual([1]);
    await context.close();
  });
});

describe('past midnight', () => {
  it('offers a check-in typed before midnight and never saved, to save for its own day', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const context = await env.browser.newContext({ timezoneId: 'UTC' });
    await context.clock.install({ time: `${day}T23:58:00Z` });
    const page = await context.newPage();
    await signUp(page, env.server.url, 'late-night@example.org');
    await page.getByTestId('checkin-form').waitFor();
    await severity(page, 'Tremor', 'Moderate').check();
    await page.getByLabel('Note', { exact: true }).fill('Typed just before midnight.');
    await page.clock.fastForward('03:00');
    // Still on the day it was typed for while it is on screen; moving away and back opens the new day.
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByTestId('history-list').waitFor();
    await page.getByRole('link', { name: 'Today' }).click();
    const offer = page.getByTestId('unsaved-yesterday');
    await expect.poll(() => offer.textContent()).toMatch(/You started a check-in for .* and did not save it/);
    await expectAccessible(page, 'today with an unsaved check-in from yesterday');
    await offer.getByRole('button', { name: /^Save it for/ }).click();
    await expect.poll(async () => (await serverCheckin(page, day)).note).toBe('Typed just before midnight.');
    expect((await serverCheckin(page, day)).symptoms).toEqual({ tremor: 2 });
    await offer.waitFor({ state: 'detached' });
    await context.close();
  });
});

describe('(c) someone else signs in on the same device', () => {
  it('stops the other tab acting for the first person, and sends nothing of theirs to the new account', async () => {
    const context = await env.browser.newContext();
    const first = await context.newPage();
    await signUp(first, env.server.url, 'first@example.org');
    const second = await context.newPage();
    await second.goto(env.server.url);
    await second.getByTestId('checkin-form').waitFor();

    await first.getByRole('button', { name: 'Sign out' }).click();
    await first.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signUp(first, env.server.url, 'second@example.org');

    // The tab still showing the first person notices, and asks for a sign-in instead of saving into the new account.
    await second.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect.poll(() => second.locator('main').textContent()).toMatch(/Someone signed in or out in another tab/);
    const today = await localDate(first);
    expect(await serverDoses(first, today)).toEqual([]);
    await context.close();
  });
});
