/**
 * Today during a switch to diazepam, as a person would use it: each medicine's own planned amount (never a
 * diazepam-equivalent total), one tap that logs each medicine as itself, and History comparing like with like.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness.js';
import { apiCall, atPhoneWidth, expectAccessible, localDate, signUp } from './support/session.js';

const env = useServerAndBrowser();

describe('Today during a switch to diazepam', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signUp(page, env.server.url, 'switch@example.org');
    // Clonazepam 0.5 mg three times a day, switching at Ashton's 20 mg diazepam per mg from today: stage 1 is 1.25 mg + 5 mg.
    await apiCall(page, env.server.url, 'PUT', '/api/v1/plan', {
      medicationId: 'clonazepam',
      form: 'tablet',
      currentDoseMg: 1.5,
      startDate: await localDate(page),
      strategy: { kind: 'crossover', diazepamMgPerMg: 20, diazepamForm: 'liquid' },
      doseTimes: [
        { label: 'morning', share: 1 / 3 },
        { label: 'midday', share: 1 / 3 },
        { label: 'night', share: 1 / 3 },
      ],
    });
    await page.reload();
    await page.getByTestId('todays-plan').waitFor();
  });
  afterAll(() => context.close());

  it('shows each medicine’s own amount, never “Daily dose: 30 mg”', async () => {
    await expect
      .poll(() => page.getByTestId('todays-dose').textContent())
      .toBe('Daily doses: 1.25\u00a0mg clonazepam and 5\u00a0mg diazepam');
    expect(await page.getByTestId('todays-plan').textContent()).not.toMatch(/30\u00a0mg/);
    // The check-in has no single dose field during the switch: the dose log is the day's record.
    expect(await page.locator('#dose').count()).toBe(0);
    await page.getByTestId('dose-in-log').waitFor();
    await expectAccessible(page, 'today during a switch');
    await atPhoneWidth(page, 'today during a switch');
  });

  it('logs each medicine in one tap, and History compares each with its own plan', async () => {
    await page
      .getByRole('button', { name: 'I took today’s planned dose (Clonazepam 1.25 mg and Diazepam 5 mg)' })
      .click();
    const panel = page.getByTestId('dose-panel');
    await expect
      .poll(() => panel.textContent())
      .toMatch(/Clonazepam 1\.25\u00a0mg \(tablet\) at .*Diazepam 5\u00a0mg \(liquid\) at/);
    const today = await localDate(page);
    const doses = (await (
      await page.request.get(`${env.server.url}/api/v1/doses?from=${today}&to=${today}`)
    ).json()) as { doses: { medicationId: string; doseMg: number }[] };
    expect(doses.doses.map((d) => [d.medicationId, d.doseMg])).toEqual([
      ['clonazepam', 1.25],
      ['diazepam', 5],
    ]);
    const adherence = (await (
      await page.request.get(`${env.server.url}/api/v1/adherence?from=${today}&to=${today}`)
    ).json()) as {
      days: { status: string; medicines: { medicationId: string; status: string }[] }[];
    };
    expect(adherence.days[0]?.status).toBe('as-planned');
    expect(adherence.days[0]?.medicines.map((m) => [m.medicationId, m.status])).toEqual([
      ['clonazepam', 'as-planned'],
      ['diazepam', 'as-planned'],
    ]);
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('history-list').textContent())
      .toMatch(/Dose of clonazepam as planned \(1\.25\u00a0mg\)\..*Dose of diazepam as planned \(5\u00a0mg\)\./);
    await expectAccessible(page, 'history during a switch');
  });
});
