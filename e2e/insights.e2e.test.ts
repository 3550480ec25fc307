/**
 * The insights screen in Chromium with a year of synthetic insights, reached and used by keyboard, audited with
 * axe and for 48 px targets at 1280 and 360 px, and photographed in both themes (paths printed for the report).
 * Until the insights API lands (branch insights-api), its answers are served by the browser's route handler from
 * the same fake year the DOM tests use; after the merge this should seed check-ins through the API instead.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEAK_PHASE, YEAR_OF_CUTS, yearOfTrends } from '../src/web/features/insights/fake-insights.js';
import { atPhoneWidth, expectAccessible, openMore, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();
const SHOTS = '/tmp/insights-shots';

async function serveInsights(page: Page): Promise<void> {
  await page.route('**/api/v1/insights/**', async (route) => {
    const url = new URL(route.request().url());
    const to = url.searchParams.get('to') ?? '2026-12-03';
    const from = url.searchParams.get('from') ?? to;
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    const body = url.pathname.endsWith('/phase')
      ? PEAK_PHASE
      : url.pathname.endsWith('/cuts')
        ? YEAR_OF_CUTS
        : yearOfTrends(to, days);
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}

describe('insights', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await serveInsights(page);
    await signUp(page, env.server.url, 'sam@example.org');
  });
  afterAll(() => context.close());

  it('opens by keyboard, switches to a year and unfolds a chart as a table', async () => {
    await page.getByRole('link', { name: 'Insights' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    await page.getByTestId('insights-day').waitFor();
    const year = page.getByRole('button', { name: '365 days' });
    await year.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="insights-burden"] tbody tr').length === 365,
    );
    expect(await year.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('insights-cuts-sentence').textContent()).toBe(
      'Over your last 5 cuts, symptoms peaked around day 6 and settled by day 12.',
    );
    const summary = page.getByTestId('insights-aligned').getByText('Show as table');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('insights-aligned').locator('details').getAttribute('open')).not.toBeNull();
    await expectAccessible(page, 'insights');
  });

  it('fits a phone and photographs both themes at both widths', async () => {
    await atPhoneWidth(page, 'insights');
    for (const theme of ['dark', 'light'] as const) {
      for (const size of [
        { width: 1280, height: 800 },
        { width: 360, height: 740 },
      ]) {
        await page.setViewportSize(size);
        await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
        await page.screenshot({ path: `${SHOTS}/insights-${size.width}-${theme}.png`, fullPage: true });
      }
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await openMore(page);
    await expectAccessible(page, 'insights at 360 px');
  });
});
