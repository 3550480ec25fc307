/**
 * The saved plan in German, as a German-speaking person opens it: the header in one row at 1280 px and the bottom
 * bar at 360 px, the plan's words, dates and decimal commas in German, and the same checks as every screen (axe,
 * 48 px targets, no sideways scroll).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness.js';
import { apiCall, atPhoneWidth, expectAccessible, localDate, signUp } from './support/session.js';

const env = useServerAndBrowser();

/** How far the header's lowest control sits below its highest: one row is less than one control's height. */
const headerRows = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.header__name, .nav a, .nav button')]
      .map((e) => e.getBoundingClientRect())
      .filter((b) => b.width > 0);
    return Math.max(...boxes.map((b) => b.top)) - Math.min(...boxes.map((b) => b.top));
  });

describe('the plan in German', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await signUp(page, env.server.url, 'deutsch@example.org');
    await apiCall(page, env.server.url, 'PUT', '/api/v1/plan', {
      medicationId: 'clonazepam',
      form: 'tablet',
      currentDoseMg: 1.5,
      startDate: await localDate(page, -20),
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
      doseTimes: [
        { label: 'morning', share: 0.5 },
        { label: 'night', share: 0.5 },
      ],
    });
    await page.evaluate(() => localStorage.setItem('taper.locale', JSON.stringify('de')));
    await page.goto(`${env.server.url}/#/plan`);
    await page.reload();
    await page.getByTestId('now-step').waitFor();
  });
  afterAll(() => context.close());

  it('says the plan in German, with German dates and decimal commas', async () => {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ihr Reduktionsplan');
    const now = (await page.getByTestId('now-step').textContent()) ?? '';
    expect(now).toMatch(/Schritt 2 von \d+/);
    expect(now).toMatch(/Tagesdosis: 1,\d+\u00a0mg/);
    expect(now).toMatch(/Morgens, 0,\d+\u00a0mg:/);
    // The measuring instruction keeps the plan's figure, with a decimal comma, and names the tool.
    expect(now).toMatch(/Messen Sie \d+,\d\u00a0mL in einem Messzylinder für \d+\u00a0mL ab und nehmen Sie es\./);
    expect(await page.getByTestId('next-step').textContent()).toMatch(
      /Ab (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \S+ \d{4}/,
    );
    expect(await page.locator('body').textContent()).not.toMatch(/Daily dose|Step \d of/);
  });

  it('fits the header in one row at 1280 px and the bottom bar at 360 px', async () => {
    expect(await headerRows(page)).toBeLessThan(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await expectAccessible(page, 'the plan in German');
    await atPhoneWidth(page, 'the plan in German');
  });
});
