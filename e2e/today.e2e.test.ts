/**
 * Today as a person uses it every day, in Chromium, with every tap counted: a full check-in of the 16 symptoms
 * tracked by default within 8 taps (a first day, and a day like the one before), the bad-day mode in the three
 * taps it promises, a past day corrected, and a double tap on the planned dose that logs one dose.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness.js';
import { apiCall, expectAccessible, localDate, severity, signUp } from './support/session.js';

const env = useServerAndBrowser();

/** Counts every real (trusted) click on the page from now on: what the person taps, not what a script sets. */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { taps: number };
    w.taps = 0;
    document.addEventListener('click', (e) => e.isTrusted && (w.taps += 1), { capture: true });
  });
  return () => page.evaluate(() => (window as unknown as { taps: number }).taps);
}

interface ServerCheckin {
  symptoms: Record<string, number>;
  sleepHours: number | null;
  doseMg: number | null;
  note: string;
}
const checkinOn = async (page: Page, date: string) =>
  (await (await page.request.get(`${env.server.url}/api/v1/checkins/${date}`)).json()) as ServerCheckin;
const dosesOn = async (page: Page, date: string) =>
  (
    (await (await page.request.get(`${env.server.url}/api/v1/doses?from=${date}&to=${date}`)).json()) as {
      doses: { id: string; doseMg: number; date: string }[];
    }
  ).doses;

describe('Today in few taps', () => {
  let context: BrowserContext;
  let page: Page;
  let pinned: number;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    page = await context.newPage();
    await signUp(page, env.server.url, 'taps@example.org');
    await apiCall(page, env.server.url, 'PUT', '/api/v1/plan', {
      medicationId: 'clonazepam',
      form: 'drops',
      currentDoseMg: 1,
      startDate: await localDate(page, -5),
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    });
    await page.reload();
    await page.getByRole('button', { name: /I took today’s planned dose/ }).waitFor();
    await page.getByTestId('severity-tremor').waitFor();
    pinned = await page.locator('[data-testid^="severity-"]').count();
  });
  afterAll(() => context.close());

  it('takes at most 8 taps for a full first check-in: every tracked symptom rated, sleep, dose, saved', async () => {
    expect(pinned).toBe(16);
    const taps = await countTaps(page);
    await page.getByRole('button', { name: 'I took today’s planned dose (0.9 mg)' }).click();
    await severity(page, 'Tremor', 'Moderate').click();
    await severity(page, 'Muscle jerks', 'Mild').click();
    await page.getByRole('button', { name: 'None for the other 14' }).click();
    await page.getByRole('button', { name: 'Half an hour more sleep' }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');
    expect(await taps()).toBeLessThanOrEqual(8);
    expect(await taps()).toBe(6);
    const saved = await checkinOn(page, await localDate(page));
    expect(Object.keys(saved.symptoms)).toHaveLength(16);
    expect(saved.symptoms).toMatchObject({ tremor: 2, 'muscle-jerks': 1, dizziness: 0 });
    expect(saved.sleepHours).toBe(7.5);
    expect(saved.doseMg).toBe(0.9);
    await expectAccessible(page, 'today, saved at 360 px');
  });

  it('takes 4 taps on a day like the one before: same as yesterday, change two, save (sleep and dose filled in)', async () => {
    const today = await localDate(page);
    const dayBefore = await localDate(page, -1);
    // Yesterday's check-in, as the day before; today's is cleared so the day starts new.
    await apiCall(page, env.server.url, 'PUT', `/api/v1/checkins/${dayBefore}`, {
      symptoms: Object.fromEntries(Object.keys((await checkinOn(page, today)).symptoms).map((id) => [id, 1])),
      sleepHours: 6,
    });
    const token = ((await (await page.request.get(`${env.server.url}/api/v1/csrf`)).json()) as { token: string }).token;
    await page.request.delete(`${env.server.url}/api/v1/checkins/${today}`, { headers: { 'x-csrf-token': token } });
    for (const dose of await dosesOn(page, today)) {
      await page.request.delete(`${env.server.url}/api/v1/doses/${dose.id}`, {
        headers: { 'x-csrf-token': token },
      });
    }
    await page.reload();
    await page.getByRole('button', { name: 'Same as yesterday' }).waitFor();
    await expect.poll(() => page.getByLabel('Dose taken today (mg)').inputValue()).toBe('0.9');
    const taps = await countTaps(page);
    await page.getByRole('button', { name: 'Same as yesterday' }).click();
    await severity(page, 'Tremor', 'Severe').click();
    await severity(page, 'Dizziness', 'None').click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');
    expect(await taps()).toBe(4);
    const saved = await checkinOn(page, today);
    expect(Object.values(saved.symptoms)).toHaveLength(16);
    expect(saved).toMatchObject({ sleepHours: 6, doseMg: 0.9 });
    expect(saved.symptoms).toMatchObject({ tremor: 3, dizziness: 0, 'muscle-jerks': 1 });
  });

  it('saves the bad-day check-in in exactly the three taps its button promises', async () => {
    await page.reload();
    await page.getByText('Three taps: this one, how the day is, then save.').waitFor();
    const taps = await countTaps(page);
    await page.getByRole('button', { name: 'Bad day? Quick check-in' }).click();
    await page.getByRole('button', { name: 'The worst' }).click();
    await page.getByRole('button', { name: /^Save, I took it/ }).click();
    await expect.poll(() => page.getByTestId('bad-day-status').textContent()).toMatch(/^Saved/);
    expect(await taps()).toBe(3);
    expect((await checkinOn(page, await localDate(page))).note).toMatch(/Quick check-in: today was the worst\./);
  });

  it('logs one dose for a double tap 350 ms apart, shows "Logged · Undo", and Undo removes it', async () => {
    const today = await localDate(page);
    const token = ((await (await page.request.get(`${env.server.url}/api/v1/csrf`)).json()) as { token: string }).token;
    for (const dose of await dosesOn(page, today)) {
      await page.request.delete(`${env.server.url}/api/v1/doses/${dose.id}`, {
        headers: { 'x-csrf-token': token },
      });
    }
    await page.reload();
    const take = page.getByRole('button', { name: 'I took today’s planned dose (0.9 mg)' });
    await take.scrollIntoViewIfNeeded();
    const box = await take.boundingBox();
    if (!box) throw new Error('the planned-dose button is not on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(350);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('planned-logged').filter({ hasText: 'Logged 0.9 mg' }).waitFor();
    await expect.poll(async () => (await dosesOn(page, today)).length).toBe(1);
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: 'Undo logging 0.9 mg' }).click();
    await take.waitFor();
    await expect.poll(async () => (await dosesOn(page, today)).length).toBe(0);
  });

  it('corrects an earlier day: its check-in and its doses, never a day to come', async () => {
    const yesterday = await localDate(page, -1);
    await page.getByRole('button', { name: 'Yesterday', exact: true }).click();
    await page.getByRole('heading', { name: 'Check-in for yesterday', level: 1 }).waitFor();
    await expect.poll(() => severity(page, 'Tremor', 'Mild').isChecked()).toBe(true);
    await severity(page, 'Tremor', 'None').click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');
    expect((await checkinOn(page, yesterday)).symptoms).toMatchObject({ tremor: 0 });
    await page.getByRole('button', { name: 'I took that day’s planned dose (0.9 mg)' }).click();
    await expect.poll(async () => (await dosesOn(page, yesterday)).map((d) => d.doseMg)).toEqual([0.9]);
    await expectAccessible(page, 'an earlier day');

    // "Earlier" opens on the day before yesterday; a day to come is refused and the day shown stays.
    await page.getByRole('button', { name: 'Earlier', exact: true }).click();
    await expect.poll(() => page.getByLabel('Date').inputValue()).toBe(await localDate(page, -2));
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toMatch(/^Check-in for \w+day \d+ \w+$/);
    await page.getByLabel('Date').fill(await localDate(page, 1));
    await page.getByText('That day has not come yet.', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
  });
});
