/**
 * Reminders in Chromium: choosing a check-in time and dose times, the calendar file carrying them as alarms,
 * and the in-app note that appears once a time has passed (on a fake clock), goes when the dose is logged,
 * and stays dismissed after a reload. Audited with axe, for 48 px targets, and at 360 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atPhoneWidth, expectAccessible, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

/** The server's own day, so a dose logged on the fake day is never "in the future" to it. */
const DAY = new Date().toISOString().slice(0, 10);

describe('reminders', () => {
  let context: BrowserContext;
  let page: Page;
  const banner = () => page.getByTestId('reminder-banner');
  const bannerText = async () => (await banner().textContent()) ?? '';

  beforeAll(async () => {
    // The browser's clock is fake and in UTC, so local times are known moments. It keeps running (never
    // paused), since Preact schedules effects on animation frames.
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
    await context.clock.install({ time: `${DAY}T12:00:00Z` });
    page = await context.newPage();
    await signUp(page, env.server.url, 'robin@example.org');
  });
  afterAll(() => context.close());

  it('saves a check-in time and dose times, and offers them as a calendar file with alarms', async () => {
    await page.getByRole('link', { name: 'Reminders' }).click();
    await page.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
    expect(await page.getByLabel('Remind me to check in each day').isChecked()).toBe(true);
    expect(await page.getByLabel('Check-in time').inputValue()).toBe('20:00');
    expect(await page.getByLabel('Remind me in the app while it is open').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Add a dose time' }).click();
    expect(await page.getByLabel('Dose 1', { exact: true }).inputValue()).toBe('08:00');
    await page.getByRole('button', { name: 'Add a dose time' }).click();
    await page.getByLabel('Dose 2', { exact: true }).fill('21:30');
    // The same time twice is refused, and the field says why.
    await page.getByRole('button', { name: 'Add a dose time' }).click();
    await page.getByLabel('Dose 3', { exact: true }).fill('08:00');
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.getByText('There is already a dose reminder at 08:00. Please choose another time.').waitFor();
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id),
    ).toMatch(/^dose-time-/);
    await expectAccessible(page, 'reminders (with an error)');
    await page.getByRole('button', { name: 'Remove dose 3' }).click();
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await expect.poll(() => page.getByTestId('reminders-status').textContent()).toBe('Saved on this device.');

    const link = page.getByRole('link', { name: 'Download reminders for my calendar (.ics)' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(decodeURIComponent(href)).toBe('/api/v1/reminders.ics?checkinTime=20:00&doseTimes=08:00,21:30');
    expect(await page.getByText('Every day: check-in at 20:00; doses at 08:00 and 21:30.').count()).toBe(1);
    const response = await page.request.get(`${env.server.url}${href}`);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const ics = await response.text();
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(3);
    for (const time of ['T200000', 'T080000', 'T213000']) expect(ics).toContain(time);
    expect(ics).toContain('RRULE:FREQ=DAILY');

    await expectAccessible(page, 'reminders');
    await atPhoneWidth(page, 'reminders');
  });

  it('keeps the times on this device after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
    expect(await page.getByLabel('Dose 1', { exact: true }).inputValue()).toBe('08:00');
    expect(await page.getByLabel('Dose 2', { exact: true }).inputValue()).toBe('21:30');
  });

  it('shows a calm note once a time has passed, and keeps a dismissal for the day', async () => {
    await page.clock.setSystemTime(`${DAY}T19:59:00Z`);
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { name: 'Today’s check-in', level: 1 }).waitFor();
    // 19:59: the 08:00 dose is due (none logged), the 20:00 check-in not yet.
    await expect.poll(bannerText).toMatch(/It’s past 08:00: time for your 08:00 dose, if you have not taken it yet\./);
    expect(await bannerText()).not.toMatch(/check-in/);

    await page.clock.fastForward('01:30');
    await expect.poll(bannerText).toMatch(/It’s past 20:00: time for today’s check-in\./);
    expect(await banner().getAttribute('role')).toBe('status');
    // Already on Today, so the note has no link to it.
    expect(await banner().getByRole('link').count()).toBe(0);
    await expectAccessible(page, 'today with reminders');
    await atPhoneWidth(page, 'today with reminders');

    await page.getByRole('button', { name: 'Dismiss the check-in reminder for today' }).click();
    await expect.poll(bannerText).not.toMatch(/check-in/);
    await page.reload();
    await page.getByRole('heading', { name: 'Today’s check-in', level: 1 }).waitFor();
    await expect.poll(bannerText).toMatch(/08:00 dose/);
    expect(await bannerText()).not.toMatch(/check-in/);
  });

  it('links to Today from other screens, and goes once the dose is logged', async () => {
    await page.getByRole('link', { name: 'Reminders' }).click();
    await page.getByRole('heading', { name: 'Reminders', level: 1 }).waitFor();
    await banner().getByRole('link', { name: 'Open Today' }).click();
    await page.getByRole('heading', { name: 'Today’s check-in', level: 1 }).waitFor();

    const token = ((await (await page.request.get(`${env.server.url}/api/v1/csrf`)).json()) as { token: string }).token;
    const logged = await page.request.post(`${env.server.url}/api/v1/doses`, {
      data: { date: DAY, takenAt: `${DAY}T20:01:00Z`, doseMg: 0.5 },
      headers: { 'x-csrf-token': token },
    });
    expect(logged.ok()).toBe(true);
    // The next 30-second check finds the dose and the note goes.
    await page.clock.fastForward('00:31');
    await expect.poll(bannerText).toBe('');
  });

  it('shows nothing in the app when in-app reminders are off', async () => {
    await page.getByRole('link', { name: 'Reminders' }).click();
    await page.getByLabel('Remind me in the app while it is open').uncheck();
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.clock.fastForward('02:00:00');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { name: 'Today’s check-in', level: 1 }).waitFor();
    await page.clock.fastForward('00:31');
    expect(await bannerText()).toBe('');
  });
});
