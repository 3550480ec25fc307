/**
 * The insights screen in Chromium over a year of synthetic records seeded THROUGH THE API (support/seed-year.ts):
 * the figures on the screen are the API's own, it is reached and used by keyboard, audited with axe and for 48 px
 * targets at 1280 and 360 px, and photographed in both themes at both widths (INSIGHTS_SHOTS, default /tmp).
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CutsAnswer, PhaseAnswer } from '../src/api/insight-schemas.js';
import { useServerAndBrowser } from './support/harness.js';
import { HOLD_REASON, PEAK_AFTER_CUT, seedServerOptions, seedYear, shiftableClock } from './support/seed-year.js';
import { atPhoneWidth, expectAccessible, openMore, signUp } from './support/session.js';

const clock = shiftableClock();
const env = useServerAndBrowser(seedServerOptions(clock));
const SHOTS = process.env['INSIGHTS_SHOTS'] ?? '/tmp/insights-shots';
const today = () => new Date().toISOString().slice(0, 10);

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${env.server.url}${path}`);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

const bodyRows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr');

describe('insights over a year of records', () => {
  let context: BrowserContext;
  let page: Page;
  let cutDates: readonly string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signUp(page, env.server.url, 'sam@example.org');
    cutDates = await seedYear(page, { url: env.server.url, clock }, today());
  }, 180_000);
  afterAll(() => context.close());

  it('shows the API’s own figures: the phase, the cut sentence with its peak day, each cut, the hold', async () => {
    const cuts = await getJson<CutsAnswer>(page, '/api/v1/insights/cuts');
    const phase = await getJson<PhaseAnswer>(page, `/api/v1/insights/phase?date=${today()}`);
    // The synthetic symptoms peak PEAK_AFTER_CUT days after each cut, and the API finds that again.
    expect(cuts.summary).not.toBeNull();
    const summary = cuts.summary ?? { peakDay: 0, settledDay: null, cutsUsed: 0 };
    expect(Math.abs(summary.peakDay - PEAK_AFTER_CUT)).toBeLessThanOrEqual(1);
    expect(cutDates.length).toBeGreaterThanOrEqual(12);

    await page.getByRole('link', { name: 'Insights' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    await page.getByTestId('insights-day').waitFor();
    expect(await page.getByTestId('insights-day').textContent()).toMatch(new RegExp(`^Day ${String(phase.day)} at `));
    // The screen rounds a median that falls between two days ("around" to the nearest, "settled by" up).
    const peak = `Over your last ${String(summary.cutsUsed)} cuts, symptoms peaked around day ${String(Math.round(summary.peakDay))}`;
    expect(await page.getByTestId('insights-cuts-sentence').textContent()).toBe(
      summary.settledDay === null
        ? `${peak}; they have not clearly settled yet.`
        : `${peak} and settled by day ${String(Math.ceil(summary.settledDay))}.`,
    );
    expect(await bodyRows(page, 'insights-cuts-table').count()).toBe(cuts.cuts.length);
    expect(await page.getByTestId('insights-aligned').locator('tbody tr').count()).toBe(29);
  });

  it('by keyboard: a year of trends with the red flag, the hold’s reason, sleep, the CIWA-B and chosen symptoms', async () => {
    const year = page.getByRole('button', { name: '365 days' });
    await year.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="insights-burden"] tbody tr').length === 365,
    );
    expect(await year.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('insights-burden').locator('td', { hasText: 'Serious event' }).count()).toBe(1);
    expect(await page.getByTestId('insights-holds').textContent()).toContain(HOLD_REASON);
    expect(await page.getByTestId('insights-dose').locator('td', { hasText: 'Dose cut' }).count()).toBeGreaterThan(10);
    expect(await bodyRows(page, 'insights-sleep-chart').count()).toBe(365);
    expect(await bodyRows(page, 'insights-scores-ciwa-b').first().textContent()).toMatch(/24Moderate$/);

    const picker = page.getByTestId('insights-picker');
    expect(await picker.locator('[aria-pressed="true"]').count()).toBe(3);
    const motor = picker.getByRole('button', { name: 'Muscles and movement' });
    await motor.focus();
    await page.keyboard.press('Space');
    await page.getByRole('img', { name: /^Muscles and movement: 7-day mean/ }).waitFor();

    const summary = page.getByTestId('insights-aligned').getByText('Show as table');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('insights-aligned').locator('details').getAttribute('open')).not.toBeNull();
    await expectAccessible(page, 'insights');
    // axe over a year of tables takes a while on a shared machine.
  }, 120_000);

  it('fits a phone, stays accessible there, and is photographed in both themes at both widths', async () => {
    await atPhoneWidth(page, 'insights');
    for (const theme of ['dark', 'light'] as const) {
      for (const size of [
        { width: 1280, height: 800 },
        { width: 360, height: 740 },
      ]) {
        await page.setViewportSize(size);
        await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
        await page.screenshot({ path: `${SHOTS}/insights-${String(size.width)}-${theme}.png`, fullPage: true });
      }
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await openMore(page);
    await expectAccessible(page, 'insights at 360 px');
  });
});
