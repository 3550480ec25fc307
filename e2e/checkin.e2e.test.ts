/**
 * The first real path, as a new person would walk it in Chromium: sign up, record today's check-in,
 * reload and see it, see it in the last 14 days, use the seizure action, sign out. Every screen is
 * audited with axe (WCAG 2.2 AA), checked for 48 px targets and for sideways scrolling at 360 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrollsSideways, smallTargets } from './support/axe.js';
import { expectAccessible, severity, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

describe('daily check-in in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('shows an accessible sign-in screen that says the app is educational', async () => {
    await page.goto(env.server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect
      .poll(() =>
        page
          .getByText(/not medical advice/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, 'sign in');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await expectAccessible(page, 'sign up');
  });

  it('signs up, records a check-in, and still sees it after a reload', async () => {
    await signUp(page, env.server.url, 'ann@example.org');
    await expectAccessible(page, 'today (empty)');

    await severity(page, 'Tremor', 'Moderate').check();
    await severity(page, 'Muscle jerks', 'Severe').check();
    await severity(page, 'Dizziness', 'None').check();
    await page.getByLabel('Dose taken today (mg)').fill('0.75');
    await page.getByLabel('Note', { exact: true }).fill('Jerks at night; breathing helped.');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/Saved/);

    await page.reload();
    await page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    await severity(page, 'Tremor', 'Moderate').waitFor({ state: 'attached' });
    await expect.poll(() => severity(page, 'Tremor', 'Moderate').isChecked()).toBe(true);
    expect(await severity(page, 'Muscle jerks', 'Severe').isChecked()).toBe(true);
    expect(await severity(page, 'Dizziness', 'None').isChecked()).toBe(true);
    expect(await page.getByLabel('Dose taken today (mg)').inputValue()).toBe('0.75');
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('Jerks at night; breathing helped.');
    await expectAccessible(page, 'today (filled)');
  });

  it('lists the saved day in the last 14 days', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    const list = page.getByTestId('history-list');
    await list.waitFor();
    await expect.poll(() => list.textContent()).toMatch(/3 symptoms rated, highest: Severe/);
    await expect.poll(() => list.textContent()).toMatch(/Dose 0\.75\u00a0mg/);
    await expect.poll(() => list.textContent()).toMatch(/No check-in/);
    await expectAccessible(page, 'last 14 days');
  });

  it('shows emergency guidance at once for a seizure, and records it', async () => {
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('button', { name: 'I had a seizure' }).click();
    const urgent = page.getByTestId('urgent-help');
    await urgent.waitFor();
    await expect.poll(() => urgent.textContent()).toMatch(/emergency number/);
    await expect.poll(() => urgent.textContent()).toMatch(/Do not change your dose/);
    await expectAccessible(page, 'urgent help');
    await expect
      .poll(async () => {
        const response = await page.request.get(`${env.server.url}/api/v1/events`);
        return ((await response.json()) as { events: { kind: string }[] }).events.map((e) => e.kind);
      })
      .toEqual(['seizure']);
  });

  it('is calm in the light palette too, with no animation', async () => {
    await page.getByRole('button', { name: /Back/ }).first().click();
    await page.getByRole('button', { name: 'Use light colours' }).click();
    await expectAccessible(page, 'today (light)');
    const moving = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) => {
          const style = getComputedStyle(el);
          return (
            (style.animationName !== 'none' && style.animationDuration !== '0s') ||
            parseFloat(style.transitionDuration) > 0
          );
        }).length,
    );
    expect(moving).toBe(0);
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const me = await page.request.get(`${env.server.url}/api/v1/auth/me`);
    expect(me.status()).toBe(401);
  });
});

describe('small screens and zoom', () => {
  it('fits a 360 px phone and 200 % zoom without sideways scrolling, with 48 px targets', async () => {
    for (const options of [
      { viewport: { width: 360, height: 740 } },
      { viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 },
    ]) {
      const context = await env.browser.newContext(options);
      const page = await context.newPage();
      await signUp(page, env.server.url, `small-${options.viewport.width}@example.org`);
      if (options.viewport.width === 640) {
        // 200 % zoom of a 1280 px window is a 640 CSS px layout viewport.
        expect(await page.evaluate(() => window.innerWidth)).toBe(640);
      }
      expect(await scrollsSideways(page)).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByTestId('history-list').waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await context.close();
    }
  });
});
