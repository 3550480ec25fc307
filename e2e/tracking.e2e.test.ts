/**
 * Daily tracking in Chromium: a check-in by keyboard alone, pinning a symptom, "same as yesterday",
 * the bad-day quick check-in, the one-tap dose with undo, a CIWA-B questionnaire, and adherence in
 * the last 14 days. Every new screen is audited with axe, for 48 px targets, and at 360 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, atPhoneWidth, expectAccessible, localDate, severity, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

/** Presses Tab until the focused element matches `selector` (keyboard only; fails after 150 presses). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('daily tracking', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signUp(page, env.server.url, 'kim@example.org');
  });
  afterAll(() => context.close());

  it('records a full check-in by keyboard alone, and reads it back', async () => {
    await page.getByTestId('checkin-form').waitFor();
    await page.locator('body').focus();
    // Tremor: Tab into its radios (the first is None), then arrows move and select.
    await tabTo(page, 'input[name="symptom-tremor"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'input[name="symptom-dizziness"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="tags"] li:nth-child(1) button');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="tags"] li:nth-child(6) button');
    await page.keyboard.press('Enter');
    await tabTo(page, '#dose');
    await page.keyboard.type('0.5');
    await tabTo(page, '#note');
    await page.keyboard.type('Shaky morning.');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/Saved/);

    await page.reload();
    await page.getByTestId('checkin-form').waitFor();
    await expect.poll(() => severity(page, 'Tremor', 'Moderate').isChecked()).toBe(true);
    expect(await severity(page, 'Dizziness', 'None').isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Stress' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Breathing practice' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Caffeine' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByLabel('Dose taken today (mg)').inputValue()).toBe('0.5');
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('Shaky morning.');
    await page.locator('summary', { hasText: 'About' }).first().click();
    await expectAccessible(page, 'today (filled, about open)');
    await atPhoneWidth(page, 'today');
  });

  it('tracks a symptom chosen on the symptoms screen', async () => {
    expect(await page.getByRole('group', { name: 'Ringing in the ears' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Choose what I track' }).click();
    await page.getByRole('heading', { name: 'Choose what I track', level: 1 }).waitFor();
    const pin = page.getByRole('button', { name: 'Track Ringing in the ears' });
    expect(await pin.getAttribute('aria-pressed')).toBe('false');
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Name').fill('Jaw clenching');
    await page.getByRole('button', { name: 'Add and track it' }).click();
    await page.getByRole('button', { name: 'Stop tracking Jaw clenching' }).waitFor();
    await expectAccessible(page, 'symptoms manager');
    await atPhoneWidth(page, 'symptoms manager');

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('group', { name: 'Ringing in the ears' }).waitFor();
    await page.getByRole('group', { name: 'Jaw clenching' }).waitFor();
  });

  it('fills the form from yesterday’s check-in', async () => {
    const yesterday = await localDate(page, -1);
    await apiCall(page, env.server.url, 'PUT', `/api/v1/checkins/${yesterday}`, {
      symptoms: { tremor: 3, 'muscle-jerks': 1 },
      sleepHours: 5,
      tags: ['illness'],
    });
    await page.getByRole('button', { name: 'Same as yesterday' }).click();
    await expect.poll(() => severity(page, 'Tremor', 'Severe').isChecked()).toBe(true);
    expect(await severity(page, 'Muscle jerks', 'Mild').isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Illness' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Hours slept').inputValue()).toBe('5');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/Saved/);
  });

  it('completes a CIWA-B and shows the score and band, and past results', async () => {
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('heading', { name: 'Questionnaires', level: 1 }).waitFor();
    await expectAccessible(page, 'questionnaires (choose)');
    await page.getByRole('radio', { name: 'BWSQ' }).check();
    await page.getByText('These questions are not yet checked against the original paper').waitFor();
    expect(await page.getByTestId('questionnaire-evidence').textContent()).toMatch(
      /from memory of the 1990 paper.*no validated cut-off/,
    );
    await page.getByRole('radio', { name: 'CIWA-B' }).check();
    const form = page.getByTestId('questionnaire');
    await form.waitFor();
    expect(
      await form.getByText('Meant for a trained observer; your own rating is not validated.').count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page, 'CIWA-B');
    await atPhoneWidth(page, 'CIWA-B');
    const groups = form.locator('fieldset');
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).locator('input[type=radio]').nth(1).check();
    await page.getByLabel('How many hours did you sleep last night?').fill('6');
    await page.getByRole('button', { name: 'Save answers' }).click();
    const result = page.getByTestId('assessment-result');
    await result.waitFor();
    await expect.poll(() => result.textContent()).toMatch(new RegExp(`Score: ${count} of 80\\.`));
    await expect.poll(() => result.textContent()).toMatch(/Band: Mild\./);
    await expect
      .poll(async () => (await page.getByTestId('past-results').textContent()) ?? '')
      .toMatch(new RegExp(`${count} of 80, Mild`));
    await expectAccessible(page, 'CIWA-B result');
  });
});

describe('dose, bad days and adherence with a plan', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signUp(page, env.server.url, 'lee@example.org');
    const start = await localDate(page, -5);
    await apiCall(page, env.server.url, 'PUT', '/api/v1/plan', {
      medicationId: 'clonazepam',
      form: 'drops',
      currentDoseMg: 1,
      startDate: start,
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    });
    // A dose on the first day, then none: the days after count as missed.
    await apiCall(page, env.server.url, 'POST', '/api/v1/doses', {
      date: start,
      takenAt: `${start}T08:00:00Z`,
      doseMg: 0.9,
    });
    await page.reload();
    await page.getByRole('button', { name: /I took today’s planned dose/ }).waitFor();
  });
  afterAll(() => context.close());

  it('logs today’s planned dose in one tap, once even when tapped twice, and undoes it', async () => {
    // The plan's first step is a 10 % cut: 0.9 mg. A shaky double tap logs it once; the button then goes.
    await page.getByRole('button', { name: 'I took today’s planned dose (0.9 mg)' }).dblclick();
    const panel = page.getByTestId('dose-panel');
    await expect.poll(() => panel.textContent()).toMatch(/0\.9\u00a0mg \(drops\) at \d\d:\d\d/);
    await panel.getByTestId('planned-logged').waitFor();
    expect(await page.getByRole('button', { name: /I took today’s planned dose/ }).count()).toBe(0);
    const logged = (await (
      await page.request.get(`${env.server.url}/api/v1/doses?from=${await localDate(page)}&to=${await localDate(page)}`)
    ).json()) as { doses: unknown[] };
    expect(logged.doses).toHaveLength(1);
    // The check-in's dose is the dose log's, shown rather than typed again (one fact).
    expect(await page.getByTestId('dose-from-log').textContent()).toMatch(/Dose today: 0\.9\u00a0mg/);
    await expectAccessible(page, 'today with a plan and a dose');
    await panel.getByRole('button', { name: /^Undo 0\.9 mg/ }).click();
    await expect.poll(() => panel.textContent()).toMatch(/No doses logged today yet/);
    const today = await localDate(page);
    const doses = (await (
      await page.request.get(`${env.server.url}/api/v1/doses?from=${today}&to=${today}`)
    ).json()) as { doses: unknown[] };
    expect(doses.doses).toEqual([]);
  });

  it('logs a dose with its time, form and note, and shows it against my dose time', async () => {
    const me = (await (await page.request.get(`${env.server.url}/api/v1/auth/me`)).json()) as { id: string };
    await page.evaluate((id) => {
      localStorage.setItem(
        `taper.reminders.${id}.settings`,
        JSON.stringify({ checkinTime: null, doseTimes: ['08:00'], inApp: false }),
      );
    }, me.id);
    await page.reload();
    const panel = page.getByTestId('dose-panel');
    await panel.getByText('A different amount, time or note').click();
    await panel.getByLabel('Dose taken (mg)').fill('0.25');
    await panel.getByLabel('Time taken').fill('00:00');
    // The plan measures with drops, so that is chosen already.
    expect(await panel.getByRole('radio', { name: 'Drops' }).isChecked()).toBe(true);
    await panel.getByRole('radio', { name: 'Liquid' }).check();
    await panel.getByLabel('Note about this dose').fill('with food');
    await expectAccessible(page, 'dose details');
    await panel.getByRole('button', { name: 'Log a dose' }).click();
    // Less than half the planned 0.9 mg: asked in place before it is kept.
    await panel.getByText('0.25 mg is far from the planned 0.9 mg. Save anyway?').waitFor();
    await expectAccessible(page, 'unusual dose question');
    await panel.getByRole('button', { name: 'Yes, save it' }).click();
    await expect.poll(() => panel.textContent()).toMatch(/0\.25\u00a0mg \(liquid\) at 00:00/);
    expect(await panel.textContent()).toMatch(/8 h before your 08:00 dose time\.with food/);
    const today = await localDate(page);
    const doses = (await (
      await page.request.get(`${env.server.url}/api/v1/doses?from=${today}&to=${today}`)
    ).json()) as {
      doses: { takenAt: string; form: string; note: string; doseMg: number }[];
    };
    expect(doses.doses.map(({ form, note, doseMg }) => ({ form, note, doseMg }))).toEqual([
      { form: 'liquid', note: 'with food', doseMg: 0.25 },
    ]);
    expect(
      await page.evaluate(
        (iso) => new Date(iso).getHours() * 60 + new Date(iso).getMinutes(),
        doses.doses[0]?.takenAt ?? '',
      ),
    ).toBe(0);
    await panel.getByRole('button', { name: /^Undo 0\.25 mg/ }).click();
    await expect.poll(() => panel.textContent()).toMatch(/No doses logged today yet/);
  });

  it('saves a bad-day check-in in the three taps it promises', async () => {
    const bad = page.getByRole('button', { name: 'Bad day? Quick check-in' });
    expect(await page.getByText('Three taps: this one, how the day is, then save.').count()).toBe(1);
    await bad.click();
    await page.getByRole('heading', { name: 'Quick check-in', level: 1 }).waitFor();
    await expectAccessible(page, 'bad-day mode');
    await atPhoneWidth(page, 'bad-day mode');
    await page.getByRole('button', { name: 'Very hard' }).click();
    await page.getByRole('button', { name: 'Save, I took it (Clonazepam 0.9 mg)' }).click();
    await expect.poll(() => page.getByTestId('bad-day-status').textContent()).toMatch(/Saved/);
    const today = await localDate(page);
    const checkin = (await (await page.request.get(`${env.server.url}/api/v1/checkins/${today}`)).json()) as {
      note: string;
      doseMg: number;
    };
    expect(checkin.note).toBe('Quick check-in: today was very hard.');
    expect(checkin.doseMg).toBe(0.9);
    await page.getByRole('button', { name: 'Back to the full check-in' }).click();
    await page.getByRole('heading', { name: 'Today’s check-in', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('dose-panel').textContent()).toMatch(/0\.9\u00a0mg \(drops\) at/);
  });

  it('shows adherence in plain words, and a calm panel for missed days', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    const list = page.getByTestId('history-list');
    await list.waitFor();
    await expect.poll(() => list.textContent()).toMatch(/Dose as planned \(0\.9\u00a0mg\)/);
    const risks = page.getByTestId('adherence-risks');
    await risks.waitFor();
    await expect.poll(() => risks.textContent()).toMatch(/prescriber or pharmacist today/);
    await risks.getByRole('button', { name: 'I am running out of my medicine' }).waitFor();
    await expectAccessible(page, 'last 14 days with adherence');
    await atPhoneWidth(page, 'last 14 days with adherence');
  });
});
