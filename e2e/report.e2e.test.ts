/**
 * The Report screen in Chromium over a year of records seeded THROUGH THE API (support/seed-year.ts): reached from
 * Insights, the period chosen with big buttons, the preview in the insights' own charts, a name kept on the device, and
 * the PDF downloaded once however often the button is tapped; audited with axe and for 48 px targets at 1280 and
 * 360 px, photographed at both widths (REPORT_SHOTS, default /tmp/report-shots).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness.js';
import { seedServerOptions, seedYear, shiftableClock } from './support/seed-year.js';
import { scrollsSideways } from './support/axe.js';
import { atPhoneWidth, expectAccessible, openMore, signUp } from './support/session.js';

const clock = shiftableClock();
const env = useServerAndBrowser(seedServerOptions(clock));
const SHOTS = process.env['REPORT_SHOTS'] ?? '/tmp/report-shots';
const today = () => new Date().toISOString().slice(0, 10);

describe('the report for the doctor', () => {
  let context: BrowserContext;
  let page: Page;
  let reportRequests = 0;
  let lastReportUrl = '';

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().includes('/api/v1/report.pdf')) return;
      reportRequests += 1;
      lastReportUrl = r.url();
    });
    await signUp(page, env.server.url, 'rosa@example.org');
    await seedYear(page, { url: env.server.url, clock }, today());
  }, 180_000);
  afterAll(() => context.close());

  it('is reached from Insights, previews the period chosen and passes axe', async () => {
    await openMore(page);
    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    await page.getByRole('link', { name: 'Make a report for your doctor (PDF)' }).click();
    await page.getByRole('heading', { name: 'Report for your doctor', level: 1 }).waitFor();
    await page.getByTestId('report-coverage').waitFor();
    expect(await page.getByTestId('report-coverage').textContent()).toMatch(
      /^You checked in on \d+ days of 90 days\.$/,
    );
    await page.getByRole('button', { name: 'A year' }).click();
    await page.getByText(/of 365 days\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'A year' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('insights-burden').locator('svg').waitFor();
    await page.getByTestId('insights-dose').locator('svg').waitFor();
    await expectAccessible(page, 'report');
  });

  it('downloads the PDF of the period with the chosen name, once for a double tap', async () => {
    await page.getByLabel('Name on the report').fill('Rosa K.');
    await page.getByLabel('A question for your doctor').fill('Can I hold for longer?');
    await page.getByRole('button', { name: 'Add question' }).click();
    expect(await page.getByTestId('report-question-list').textContent()).toContain('Can I hold for longer?');
    const before = reportRequests;
    const downloading = page.waitForEvent('download');
    await page.getByTestId('report-download').dblclick();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^taper-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = readFileSync(await download.path());
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByText('The PDF is in your downloads.').waitFor();
    expect(reportRequests - before).toBe(1);
    const asked = new URL(lastReportUrl).searchParams;
    expect([asked.get('name'), asked.getAll('question'), asked.get('lang')]).toEqual([
      'Rosa K.',
      ['Can I hold for longer?'],
      'en',
    ]);
    // The name stays on this device for the next report.
    await page.reload();
    await page.getByRole('heading', { name: 'Report for your doctor', level: 1 }).waitFor();
    expect(await page.getByLabel('Name on the report').inputValue()).toBe('Rosa K.');
    expect(await page.getByTestId('report-question-list').textContent()).toContain('Can I hold for longer?');
  });

  it('fits a phone, stays accessible there, and is photographed at both widths', async () => {
    await page.getByTestId('report-coverage').waitFor();
    await atPhoneWidth(page, 'report');
    for (const size of [
      { width: 1280, height: 800 },
      { width: 360, height: 740 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/report-screen-${String(size.width)}.png`, fullPage: true });
    }
    await openMore(page);
    await expectAccessible(page, 'report at 360 px');
  });

  it('shares a read-only link: made once for a double tap, opened without an account, stopped at once', async () => {
    let made = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/shares')) made += 1;
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Who is the link for?').fill('Dr Lee');
    await page.getByTestId('share-make').dblclick();
    await page.getByTestId('share-made').waitFor();
    expect(made).toBe(1);
    const url = await page.getByLabel('The link', { exact: true }).inputValue();
    expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page, 'report with a link made');

    // The clinician: a browser without the person's account.
    const clinic = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const shared = await clinic.newPage();
      const answer = await shared.goto(url);
      expect(answer?.status()).toBe(200);
      expect(await answer?.headerValue('referrer-policy')).toBe('no-referrer');
      await shared.getByRole('heading', { name: 'Taper report', level: 1 }).waitFor();
      expect(await shared.getByRole('img', { name: /^Planned and taken dose/ }).count()).toBe(1);
      await expectAccessible(shared, 'share page');
      await shared.screenshot({ path: `${SHOTS}/share-page-1280.png`, fullPage: true });
      await shared.setViewportSize({ width: 360, height: 740 });
      expect(await scrollsSideways(shared), 'share page at 360 px').toBe(false);
      await expectAccessible(shared, 'share page at 360 px');
      await shared.screenshot({ path: `${SHOTS}/share-page-360.png`, fullPage: true });
      const downloading = shared.waitForEvent('download');
      await shared.getByRole('link', { name: 'Download this report as a PDF' }).click();
      expect(
        readFileSync(await (await downloading).path())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      // The person sees the uses, and stops sharing in two taps.
      await page.reload();
      const item = page.getByTestId('share-item').filter({ hasText: 'Dr Lee' });
      await item.getByText(/^Opened 2 times/).waitFor();
      await item.getByRole('button', { name: 'Stop sharing with Dr Lee' }).click();
      await item.getByRole('button', { name: 'Yes, stop sharing' }).click();
      await item.getByText(/^Made on .* Stopped on /).waitFor();
      const after = await shared.goto(url);
      expect(after?.status()).toBe(404);
      await shared.getByRole('heading', { name: 'This link is no longer active' }).waitFor();
      await expectAccessible(shared, 'inactive share page');
    } finally {
      await clinic.close();
    }
  });
});
