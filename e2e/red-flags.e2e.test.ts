/**
 * Red flags that lead somewhere, in Chromium: the urgent-help screen with calling links for every emergency red
 * flag, the plan paused by the event with its reason, "It is safe to go on" asked once and sent once, the plan
 * going on; a dose far above the usual range; a severe CIWA-B result. Audited with axe, for 48 px targets, and
 * at 360 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/core/calendar-date.js';
import { localToday } from '../src/web/dates.js';
import { atPhoneWidth, expectAccessible, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

async function events(page: Page): Promise<{ kind: string; confirmedAt: string | null }[]> {
  const response = await page.request.get(`${env.server.url}/api/v1/events`);
  return ((await response.json()) as { events: { kind: string; confirmedAt: string | null }[] }).events;
}

describe('red flags in a real browser', () => {
  let context: BrowserContext;
  let page: Page;
  const confirmations: string[] = [];

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('request', (request) => {
      if (request.url().endsWith('/confirm')) confirmations.push(request.url());
    });
  });
  afterAll(() => context.close());

  it('offers every emergency red flag, and calling links at once', async () => {
    await signUp(page, env.server.url, 'flags@example.org');
    for (const label of [
      'I see or hear things that are not there (while awake)',
      'I am very drowsy, hard to wake, or breathing slowly',
      'I took my medicine with opioids or alcohol',
      'I have chest pain or my heart is racing badly',
      'I fell or hurt my head',
    ]) {
      await page.getByRole('button', { name: label }).waitFor();
    }
    await page.getByRole('button', { name: 'I see or hear things that are not there (while awake)' }).click();
    const urgent = page.getByTestId('urgent-help');
    await urgent.waitFor();
    await page.getByRole('heading', { name: 'Call your local emergency number now' }).waitFor();
    expect(await urgent.textContent()).not.toMatch(/today\. If you feel unsafe/);
    const call = page.getByRole('link', { name: 'Call 112 (Europe)' });
    expect(await call.getAttribute('href')).toBe('tel:112');
    await expect.poll(() => urgent.textContent()).toMatch(/Added to your history/);
    expect(await urgent.textContent()).toMatch(/Your taper plan is paused/);
    await expectAccessible(page, 'urgent help (hallucinations)');
    await atPhoneWidth(page, 'urgent help (hallucinations)');
    expect((await events(page)).map((e) => e.kind)).toEqual(['hallucinations']);
  });

  it('offers crisis lines as calling links for thoughts of self-harm', async () => {
    await page.getByRole('button', { name: 'Back to today' }).click();
    await page.getByRole('button', { name: 'I have thoughts of harming myself' }).click();
    await page.getByTestId('urgent-help').waitFor();
    expect(
      await page.getByRole('link', { name: 'Call 116 123 (Samaritans, UK and Ireland)' }).getAttribute('href'),
    ).toBe('tel:116123');
    expect(await page.getByRole('link', { name: 'Call 988 (crisis line, US)' }).getAttribute('href')).toBe('tel:988');
    await expect.poll(async () => (await events(page)).length).toBe(2);
    await page.getByRole('button', { name: 'Back to today' }).click();
  });

  it('shows the saved plan paused, with which event and since when', async () => {
    // A plan that began 20 days ago: without the pause its next change is 8 days away.
    const token = ((await (await page.request.get(`${env.server.url}/api/v1/csrf`)).json()) as { token: string }).token;
    const saved = await page.request.put(`${env.server.url}/api/v1/plan`, {
      headers: { 'x-csrf-token': token },
      data: {
        medicationId: 'diazepam',
        form: 'liquid',
        currentDoseMg: 20,
        startDate: addDays(localToday(), -20),
        strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
        doseTimes: [{ label: 'daily', share: 1 }],
      },
    });
    expect(saved.ok(), await saved.text()).toBe(true);
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const pause = page.getByTestId('plan-pause');
    await pause.waitFor();
    await page.getByRole('heading', { name: 'Your plan is paused' }).waitFor();
    const text = (await pause.textContent()) ?? '';
    expect(text).toMatch(/you told us “I see or hear things that are not there \(while awake\)”/);
    expect(text).toMatch(/you told us “I have thoughts of harming myself”/);
    expect(text).toMatch(/Since \w+day,? \d+ \w+ \d{4}/);
    expect(text).toMatch(/Step 2 \(16\.2\u00a0mg diazepam a day\) lasts until then/);
    await expectAccessible(page, 'plan (paused)');
    await atPhoneWidth(page, 'plan (paused)');
  });

  it('asks once more, sends once, and the plan goes on', async () => {
    await page.getByRole('button', { name: 'It is safe to go on' }).click();
    await page.getByText('Are you sure it is safe to go on with your plan?').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pause-confirm');
    await expectAccessible(page, 'plan (confirm going on)');
    await page.getByRole('button', { name: 'Not yet' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('It is safe to go on');
    expect(confirmations).toEqual([]);

    await page.getByRole('button', { name: 'It is safe to go on' }).click();
    await page.getByRole('button', { name: 'Yes, go on with the plan' }).dblclick();
    const status = page.getByTestId('plan-pause-status');
    await expect.poll(() => status.textContent()).toMatch(/^Your plan goes on\. The next change is on \w+day/);
    expect(await page.getByTestId('plan-pause').count()).toBe(0);
    // Two open events, each confirmed once, whatever the double tap did.
    expect(confirmations).toHaveLength(2);
    expect((await events(page)).every((e) => e.confirmedAt !== null)).toBe(true);
    await expectAccessible(page, 'plan (going on)');

    await page.reload();
    await page.getByTestId('saved-plan').waitFor();
    expect(await page.getByTestId('plan-pause').count()).toBe(0);
  });

  it('says that a dose far above the usual range needs a prescriber’s plan', async () => {
    await page.getByRole('button', { name: 'Change my plan' }).click();
    const dose = page.getByLabel('Current daily dose (mg)');
    await dose.fill('40');
    expect(await page.getByTestId('high-dose-notice').count()).toBe(0);
    await dose.fill('60');
    const notice = page.getByTestId('high-dose-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /60\u00a0mg of diazepam a day is far above the usual range.*needs a plan made with your prescriber/,
    );
    await expectAccessible(page, 'plan (dose far above the usual range)');
  });

  it('says to contact a clinician today for a severe CIWA-B result', async () => {
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('radio', { name: 'CIWA-B' }).check();
    const form = page.getByTestId('questionnaire');
    await form.waitFor();
    const groups = form.locator('fieldset');
    const count = await groups.count();
    // "Quite a lot" (3) everywhere: 60 of 80, the severe band.
    for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type=radio]').nth(3).check();
    await page.getByRole('button', { name: 'Save answers' }).click();
    const result = page.getByTestId('assessment-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Score: 60 of 80\..*Band: Severe\./);
    expect(await page.getByTestId('contact-clinician').textContent()).toMatch(
      /contact your prescriber or another clinician today/,
    );
    await expectAccessible(page, 'CIWA-B result (severe)');
  });
});
