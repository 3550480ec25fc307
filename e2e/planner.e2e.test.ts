/**
 * The taper planner as a person would use it in Chromium: sign up, fill in the plan form, preview a
 * tablet plan (with its too-fast warning), switch to a home water mixture for finer steps, save,
 * reload, and see today's planned dose on the Today screen. Audited with axe (dark and light), for
 * 48 px targets, and for sideways scrolling at 360 px.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../src/web/dates.js';
import { axeViolations, scrollsSideways, smallTargets } from './support/axe.js';
import { launchBrowser } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.stop();
});

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${screen}`).toEqual([]);
  expect(await smallTargets(page), `targets on ${screen}`).toEqual([]);
}

async function signUp(page: Page, email: string): Promise<void> {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a calm long passphrase');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
}

async function openPlanner(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await page.getByRole('heading', { name: 'Your taper plan', level: 1 }).waitFor();
  await page.getByLabel('Medicine', { exact: true }).waitFor();
}

async function fillTabletPlan(page: Page): Promise<void> {
  await page.getByLabel('Medicine', { exact: true }).selectOption('clonazepam');
  await page.getByLabel('Form', { exact: true }).selectOption('tablet');
  await page.getByLabel('Current daily dose (mg)').fill('2');
  await page.getByRole('radio', { name: 'Proportional (recommended)' }).check();
  expect(await page.getByLabel('Cut each time (%)').inputValue()).toBe('10');
  expect(await page.getByLabel('Days between cuts').inputValue()).toBe('14');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
}

/** The text of the first step's row (the daily dose cell). */
const firstDose = (page: Page) => page.getByTestId('plan-table').locator('tbody tr').first().locator('td').nth(1).textContent();

describe('taper planner in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('previews a tablet plan with its first step and a too-fast warning', async () => {
    await signUp(page, 'plan@example.org');
    await openPlanner(page);
    await expectAccessible(page, 'planner (empty)');
    await fillTabletPlan(page);
    await page.getByTestId('plan-table').waitFor();
    await expect.poll(() => firstDose(page)).toBe('1.75 mg');
    const warnings = page.getByTestId('plan-warnings');
    expect(await warnings.locator('[data-code="too_fast"]').count()).toBe(1);
    expect(await warnings.textContent()).toMatch(/more than 25%/);
    expect(await page.getByRole('img', { name: /Step chart of the daily dose/ }).count()).toBe(1);
    await expectAccessible(page, 'planner (tablet preview, dark)');
  });

  it('makes finer steps with a home water mixture, and warns about it', async () => {
    await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Liquid (home water mixture)' });
    await expect.poll(() => firstDose(page), { timeout: 10_000 }).toBe('1.8 mg');
    const warnings = page.getByTestId('plan-warnings');
    await expect.poll(() => warnings.locator('[data-code="home_mixture"]').count()).toBe(1);
    expect(await page.getByTestId('plan-table').textContent()).toMatch(/into 100 mL water, shake well, take/);
    expect(await page.getByLabel('Syringe markings').inputValue()).toBe('0.1');
    await expectAccessible(page, 'planner (liquid preview, dark)');
    await page.getByRole('button', { name: 'Use light colours' }).click();
    await expectAccessible(page, 'planner (liquid preview, light)');
  });

  it('asks which published equivalent to use before a switch to diazepam', async () => {
    await page.getByRole('radio', { name: 'Switch to diazepam (Ashton method)' }).check();
    const ashton = page.getByRole('radio', { name: /Ashton Manual: 0\.5 mg clonazepam ≈ 10 mg diazepam \(ratio 20\)/ });
    const vaDod = page.getByRole('radio', { name: /VA\/DoD 2021: 1 mg clonazepam ≈ 10 mg diazepam \(ratio 10\)/ });
    expect(await ashton.isChecked()).toBe(false);
    expect(await vaDod.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect.poll(() => page.getByTestId('preview-status').textContent()).toMatch(/Equivalent to use/);
    await expectAccessible(page, 'planner (crossover, light)');
    await page.getByRole('radio', { name: 'Proportional (recommended)' }).check();
  });

  it('saves the plan, and shows it again after a reload', async () => {
    await page.getByLabel('Start date').fill(localToday());
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect.poll(() => firstDose(page), { timeout: 10_000 }).toBe('1.8 mg');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByTestId('plan-save-status').textContent()).toMatch(/Plan saved/);
    await page.getByTestId('saved-plan').waitFor();

    await page.reload();
    await page.getByTestId('saved-plan').waitFor();
    expect(await page.getByRole('heading', { name: 'Your saved plan' }).count()).toBe(1);
    expect(await firstDose(page)).toBe('1.8 mg');
    expect(await page.getByLabel('Form', { exact: true }).inputValue()).toBe('liquid');
    expect(await page.getByLabel('Current daily dose (mg)').inputValue()).toBe('2');
    expect(await page.getByRole('link', { name: 'Download calendar (.ics)' }).getAttribute('href')).toBe('/api/v1/plan.ics?reminder=true');
    await expectAccessible(page, 'planner (saved, light)');
  });

  it('prints one prep card per step with the mixture warning', async () => {
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('.prep-card');
    expect(await cards.first().isVisible()).toBe(true);
    expect(await page.getByTestId('plan-table').isVisible()).toBe(false);
    expect(await cards.first().textContent()).toMatch(/Shake or stir well before every measure/);
    expect(await cards.first().textContent()).toMatch(/not medical advice/);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows today’s planned dose on the Today screen and fills in the dose', async () => {
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    const panel = page.getByTestId('todays-plan');
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/Daily dose: 1\.8 mg/);
    await expect.poll(() => page.getByLabel('Dose taken today (mg)').inputValue()).toBe('1.8');
    await expectAccessible(page, 'today with a plan (light)');
  });
});

describe('planner on small screens', () => {
  it('fits a 360 px phone and 200 % zoom without sideways scrolling, with 48 px targets', async () => {
    for (const options of [{ viewport: { width: 360, height: 740 } }, { viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 }]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await signUp(page, `plan-small-${String(options.viewport.width)}@example.org`);
      await openPlanner(page);
      expect(await scrollsSideways(page)).toBe(false);
      await fillTabletPlan(page);
      await page.getByTestId('plan-table').waitFor();
      await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Liquid (home water mixture)' });
      await expect.poll(() => firstDose(page), { timeout: 10_000 }).toBe('1.8 mg');
      expect(await scrollsSideways(page)).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});
