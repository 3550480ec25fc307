/**
 * The first run after sign-up in Chromium: a new account walks "My prescriber gave me a dose" (a slip caught at its
 * field, the step kept over a reload), chooses what to track and a reminder, and lands on Today with the held dose
 * and no questionnaire due. Audited with axe, for 48 px targets, and at 360 px on every step.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness.js';
import { atPhoneWidth, expectAccessible, openMore, signUp, startSignUp } from './support/session.js';

const env = useServerAndBrowser();

describe('first run after sign-up', () => {
  let context: BrowserContext;
  let page: Page;
  const heading = (name: string) => page.getByRole('heading', { name, level: 1 }).waitFor();
  const checked = async (screen: string) => {
    await expectAccessible(page, screen);
    await atPhoneWidth(page, screen);
  };

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it("walks the prescriber's dose to Today, which shows the held dose and no questionnaire due", async () => {
    await startSignUp(page, env.server.url, 'first-run@example.org');
    await checked('first run: how to start');
    await page.getByRole('button', { name: 'My prescriber gave me a dose' }).click();
    await heading('The dose your prescriber gave you');

    // A reload opens the same step.
    await page.reload();
    await heading('The dose your prescriber gave you');
    expect(await page.getByText('Step 2 of 4').count()).toBe(1);

    await page.getByLabel('Medicine').selectOption('diazepam');
    await page.getByLabel('Today’s dose (mg)').fill('five');
    await page.getByRole('button', { name: 'Save this dose' }).click();
    await expect.poll(() => page.getByLabel('Today’s dose (mg)').getAttribute('aria-invalid')).toBe('true');
    await checked('first run: the dose, with an error');
    await page.getByLabel('Today’s dose (mg)').fill('5');
    await page.getByRole('button', { name: 'Save this dose' }).click();

    await heading('What would you like to track?');
    await page.getByRole('button', { name: 'Track Tremor' }).waitFor();
    expect(await page.getByRole('button', { name: 'Track Tremor' }).getAttribute('aria-pressed')).toBe('true');
    await checked('first run: what to track');
    await page.getByRole('button', { name: 'Next' }).click();

    await heading('A daily reminder?');
    await checked('first run: reminder');
    await page.getByRole('button', { name: 'Done: go to Today' }).click();

    await page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    await expect.poll(() => page.getByTestId('todays-dose').textContent()).toBe('Daily dose: 5\u00a0mg');
    expect(await page.getByTestId('todays-plan').textContent()).toMatch(/Diazepam/);
    expect(await page.getByTestId('no-plan').count()).toBe(0);
    expect(await page.getByTestId('assessment-prompt').count()).toBe(0);

    // Done is done: a reload opens Today, not the first run again.
    await page.reload();
    await page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    expect(await page.getByRole('heading', { name: 'How would you like to start?' }).count()).toBe(0);
  });

  it('skipped: Today says there is no plan yet, nothing is due, and the button opens the Plan screen', async () => {
    await openMore(page);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await signUp(page, env.server.url, 'skipper@example.org');
    await page.getByRole('heading', { name: 'You have no plan yet' }).waitFor();
    expect(await page.getByTestId('assessment-prompt').count()).toBe(0);
    await page.getByRole('link', { name: 'Set up my plan' }).click();
    await page.getByRole('heading', { name: 'Your taper plan', level: 1 }).waitFor();
  });
});
