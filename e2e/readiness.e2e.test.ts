/**
 * The readiness view before a cut (issue #11 §5) in Chromium: three days before a planned cut Today shows where the
 * person is and the readiness view; the Plan screen links to it; holding for N days with a reason, by keyboard, shifts
 * the plan (seen on the Plan screen and through the API). Audited with axe and for 48 px targets at 1280 and 360 px;
 * the card and the view are photographed at both widths in both themes under /work/shots/readiness/.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/core/index.js';
import { useServerAndBrowser } from './support/harness.js';
import { apiCall, atPhoneWidth, expectAccessible, localDate, signUp } from './support/session.js';

const env = useServerAndBrowser();
const SHOTS = '/work/shots/readiness';

describe('readiness before a cut', () => {
  let context: BrowserContext;
  let page: Page;
  let cutDate: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signUp(page, env.server.url, 'ready@example.org');
    // The first step began 11 days ago and lasts 14: the next cut is in 3 days.
    const startDate = await localDate(page, -11);
    cutDate = addDays(startDate, 14);
    await apiCall(page, env.server.url, 'PUT', '/api/v1/plan', {
      medicationId: 'clonazepam',
      form: 'liquid',
      currentDoseMg: 2,
      startDate,
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    });
    await page.goto(env.server.url);
  });
  afterAll(() => context.close());

  it('shows where the person is and the readiness view under the check-in, accessible at both widths', async () => {
    await page.getByTestId('checkin-form').waitFor();
    expect(await page.getByTestId('insights-day').textContent()).toMatch(/^Day 12 at 1\.8\u00a0mg/);
    const view = page.getByTestId('readiness');
    await view.waitFor();
    expect(await view.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^Before your cut on /);
    // No check-ins yet: not enough to compare, so a wait, worded as a suggestion.
    expect(await page.getByTestId('readiness-suggestion').textContent()).toMatch(/^It may be worth waiting/);
    expect(await page.getByTestId('readiness-signals').locator('li').count()).toBe(7);
    await expectAccessible(page, 'today with readiness');
    await atPhoneWidth(page, 'today with readiness');
  });

  it('photographs the card and the view at 360 and 1280 px, light and dark', async () => {
    // The fixed Save bar and the phone's bottom bar would be stitched into an element's picture: hidden for it.
    const fixedBars = (visibility: string) =>
      page.evaluate((v) => {
        for (const bar of document.querySelectorAll<HTMLElement>('.save-bar, .nav')) bar.style.visibility = v;
      }, visibility);
    await fixedBars('hidden');
    for (const theme of ['light', 'dark'] as const) {
      for (const size of [
        { width: 360, height: 740 },
        { width: 1280, height: 800 },
      ]) {
        await page.setViewportSize(size);
        await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
        await page.getByTestId('today-insights').screenshot({ path: `${SHOTS}/today-${size.width}-${theme}.png` });
      }
    }
    await fixedBars('');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('with a red flag since the last cut suggests holding, and History and the view lead to urgent help', async () => {
    // Alcohol with the medicine is a red flag (clinical.md §6.1), here answered in today's check-in.
    const today = await localDate(page);
    await apiCall(page, env.server.url, 'PUT', `/api/v1/checkins/${today}`, { symptoms: {}, tags: ['alcohol'] });
    await page.goto(env.server.url);
    const flag = page.getByTestId('readiness-red-flag');
    await flag.waitFor();
    expect(await page.getByTestId('readiness-suggestion').textContent()).toMatch(/^It may be worth holding/);
    await flag.getByRole('link', { name: 'Open urgent help' }).click();
    await page.waitForFunction(() => document.activeElement?.closest('#serious') !== null);

    await page.getByRole('link', { name: 'History', exact: true }).click();
    const row = page.getByTestId('history-red-flags');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/In your check-in: alcohol, which together with your medicine/);
    await expectAccessible(page, 'history with a red flag');
    await atPhoneWidth(page, 'history with a red flag');
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await page
        .locator('.history__day')
        .filter({ has: row })
        .screenshot({ path: `${SHOTS}/history-360-${theme}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await row.getByRole('link', { name: 'Open urgent help' }).click();
    await page.waitForFunction(() => document.activeElement?.closest('#serious') !== null);
  });

  it('is reached from the Plan screen by keyboard', async () => {
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const link = page.getByTestId('readiness-link');
    await link.waitFor();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('readiness').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'readiness-heading');
  });

  it('holds for N days with a reason, by keyboard, and the plan shifts', async () => {
    const view = page.getByTestId('readiness');
    await view.getByRole('button', { name: 'One day more' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    expect(await page.getByLabel('Hold for how many days?').inputValue()).toBe('10');
    await page.getByLabel('Why (optional)').focus();
    await page.keyboard.type('A hard week at work');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const outcome = page.getByTestId('readiness-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/^Held for 10 days\. Your next cut is now on /);
    await page.waitForFunction(() => document.activeElement?.id === 'readiness-outcome');
    // The view goes once the plan is read again with the hold (a render after the outcome is announced).
    await expect.poll(() => page.getByTestId('readiness').count()).toBe(0);

    const plan = (await (await page.request.get(`${env.server.url}/api/v1/plan`)).json()) as {
      plan: { steps: { start: string }[] };
      holds: { days: number; reason: string }[];
    };
    expect(plan.holds).toEqual([expect.objectContaining({ stepIndex: 0, days: 10, reason: 'A hard week at work' })]);
    expect(plan.plan.steps[1]?.start).toBe(addDays(cutDate, 10));
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    expect(await page.getByTestId('holds').textContent()).toMatch(/A hard week at work/);
    expect(await page.getByTestId('readiness-link').count()).toBe(0);
    await expectAccessible(page, 'plan after a hold');
  });
});
