/**
 * The taper planner as a person would use it in Chromium: sign up, fill in the plan form, preview a
 * tablet plan (with its too-fast warning), switch to a home water mixture for finer steps, save,
 * reload (the saved plan first: now and next; the form behind "Change my plan"), and see today's planned dose on
 * the Today screen. Then, at 1280 and 360 px: a switch to
 * diazepam (substitution stages, an end point in mg of diazepam) and "my own steps". Audited with axe
 * (dark and light), for 48 px targets, and for sideways scrolling at 360 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../src/web/dates.js';
import { axeViolations, scrollsSideways, smallTargets } from './support/axe.js';
import { apiCall, expectAccessible, localDate, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

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

/** The schedule's step cards, and the daily dose and kind each one shows. */
const steps = (page: Page) => page.getByTestId('plan-table').getByTestId('plan-step');
const firstDose = (page: Page) => steps(page).first().locator('[data-part=dose]').textContent();
const lastDose = (page: Page) => steps(page).last().locator('[data-part=dose]').textContent();
const lastKind = (page: Page) => steps(page).last().locator('[data-part=kind]').textContent();
const allDoses = (page: Page) => steps(page).locator('[data-part=dose]').allTextContents();
const changePlan = (page: Page) => page.getByRole('button', { name: 'Change my plan' }).click();
const preview = (page: Page) => page.getByRole('button', { name: 'Preview', exact: true }).click();

/** The chart's axis labels: doses in mg and dates, as text inside the SVG. */
async function chartLabels(page: Page): Promise<string[]> {
  return page.getByTestId('plan-chart').locator('text').allTextContents();
}

describe('taper planner in a real browser', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('previews a tablet plan that keeps the guideline pace, and says where it measures another way', async () => {
    await signUp(page, env.server.url, 'plan@example.org');
    await openPlanner(page);
    await expect.poll(() => page.getByTestId('medication-facts').textContent()).toMatch(/Half-life: 18–50 hours/);
    await expectAccessible(page, 'planner (empty)');
    await fillTabletPlan(page);
    await page.getByTestId('plan-table').waitFor();
    await expect.poll(() => firstDose(page)).toBe('1.75\u00a0mg');
    const warnings = page.getByTestId('plan-warnings');
    expect(await warnings.locator('[data-code="too_fast"]').count()).toBe(0);
    const summary = page.getByTestId('plan-summary');
    expect(await summary.getByTestId('plan-pace').getAttribute('data-pace')).toBe('guideline');
    await expect.poll(() => summary.textContent()).toMatch(/about 84 weeks/);
    expect(await summary.textContent()).toMatch(
      /From step 3, part of each dose is made by stirring one clonazepam tablet into water \(a home water mixture\), because tablets cannot make cuts this small\. You will need clonazepam tablets and an oral syringe/,
    );
    expect(await summary.textContent()).toMatch(/stops from no more than 0\.05\u00a0mg of clonazepam/);
    expect(await page.getByRole('img', { name: /Step chart of the daily dose/ }).count()).toBe(1);
    const labels = await chartLabels(page);
    expect(labels).toContain('0\u00a0mg');
    expect(labels).toContain('1.75\u00a0mg');
    expect(labels.some((l) => /^\d+ \w{3} \d{4}$/.test(l))).toBe(true);
    expect(await page.getByText('Daily dose, in mg of clonazepam').count()).toBe(1);
    await expectAccessible(page, 'planner (tablet preview, dark)');
  });

  it('makes finer steps with a home water mixture, and warns about it', async () => {
    await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Liquid (home water mixture)' });
    await expect.poll(() => firstDose(page), { timeout: 10_000 }).toBe('1.8\u00a0mg');
    const warnings = page.getByTestId('plan-warnings');
    await expect.poll(() => warnings.locator('[data-code="home_mixture"]').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('plan-table').textContent())
      .toMatch(/into 100\u00a0mL of water \(measure the water with a 100\u00a0mL measuring cylinder\)\. Shake well\./);
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
    await expect.poll(() => firstDose(page), { timeout: 10_000 }).toBe('1.8\u00a0mg');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByTestId('plan-save-status').textContent()).toMatch(/Plan saved/);
    await page.getByTestId('saved-plan').waitFor();

    await page.reload();
    await page.getByTestId('saved-plan').waitFor();
    expect(await page.getByRole('heading', { name: 'Your saved plan' }).count()).toBe(1);
    // The saved plan comes first: today's step and the next change, before the button that edits it.
    await expect
      .poll(() => page.getByTestId('now-step').textContent())
      .toMatch(/Step 1 of \d+.*Daily dose: 1\.8\u00a0mg/);
    expect(await page.getByTestId('next-step').textContent()).toMatch(/Next change.*Daily dose: 1\.62\u00a0mg/);
    expect(await page.getByLabel('Form', { exact: true }).count()).toBe(0);
    expect(await firstDose(page)).toBe('1.8\u00a0mg');
    expect(await page.getByRole('link', { name: 'Download calendar (.ics)' }).getAttribute('href')).toBe(
      '/api/v1/plan.ics?reminder=true',
    );
    await expectAccessible(page, 'planner (saved, light)');
    await changePlan(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change your plan');
    expect(await page.getByLabel('Form', { exact: true }).inputValue()).toBe('liquid');
    expect(await page.getByLabel('Current daily dose (mg)').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Keep my saved plan' }).click();
    await page.getByTestId('now-step').waitFor();
  });

  it('prints one prep card per step with the mixture warning', async () => {
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('.prep-card');
    expect(await cards.first().isVisible()).toBe(true);
    expect(await page.getByTestId('plan-table').isVisible()).toBe(false);
    await expect.poll(() => cards.first().textContent()).toMatch(/shake well right before every measure/);
    await expect.poll(() => cards.first().textContent()).toMatch(/not medical advice/);
    // Each card names the medicine, its strengths and form, and what to measure with.
    expect(await cards.first().locator('.prep-card__medicine').textContent()).toMatch(
      /^Clonazepam · [\d.]+\u00a0mg.* tablets · home water mixture$/,
    );
    expect(await cards.first().textContent()).toMatch(/You need: a \d+\u00a0mL (oral syringe|measuring cylinder)/);
    // The plan starts today, so "upcoming steps only" is every step.
    expect(await cards.count()).toBe(await steps(page).count());
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('radio', { name: 'Upcoming steps only' }).isChecked()).toBe(true);
  });

  it('shows today’s planned dose on the Today screen; the check-in’s dose is filled in from it, then is what is logged', async () => {
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    const panel = page.getByTestId('todays-plan');
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toMatch(/Daily dose: 1\.8\u00a0mg/);
    await expect.poll(() => panel.textContent()).toMatch(/Medicine: Clonazepam/);
    // Filled in from the plan on a new day, and saying so; once a dose is logged, the log is the day's dose.
    expect(await page.getByLabel('Dose taken today (mg)').inputValue()).toBe('1.8');
    await page.getByRole('button', { name: 'I took today’s planned dose (1.8 mg)' }).click();
    await expect
      .poll(() => page.getByTestId('dose-from-log').textContent())
      .toMatch(/Dose today: 1\.8\u00a0mg, from “Doses taken today”/);
    await expectAccessible(page, 'today with a plan (light)');
  });
});

describe('planner on small screens', () => {
  it('fits a 360 px phone and 200 % zoom without sideways scrolling, with 48 px targets', async () => {
    for (const options of [
      { viewport: { width: 360, height: 740 } },
      { viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 },
    ]) {
      const context = await env.browser.newContext(options);
      const page = await context.newPage();
      await signUp(page, env.server.url, `plan-small-${String(options.viewport.width)}@example.org`);
      await openPlanner(page);
      expect(await scrollsSideways(page)).toBe(false);
      await fillTabletPlan(page);
      await page.getByTestId('plan-table').waitFor();
      await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Liquid (home water mixture)' });
      await expect.poll(() => firstDose(page), { timeout: 10_000 }).toBe('1.8\u00a0mg');
      expect(await scrollsSideways(page)).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('a saved plan at 360 px', () => {
  it('opens on the current and next step, and nothing overflows or is under 48 px', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signUp(page, env.server.url, 'plan-saved-360@example.org');
    // A long plan begun 20 days ago, twice a day as a home water mixture: step 2 now, step 1 over.
    await apiCall(page, env.server.url, 'PUT', '/api/v1/plan', {
      medicationId: 'clonazepam',
      form: 'liquid',
      currentDoseMg: 2,
      startDate: await localDate(page, -20),
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
      doseTimes: [
        { label: 'morning', share: 0.5 },
        { label: 'night', share: 0.5 },
      ],
    });
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const now = page.getByTestId('now-step');
    await now.waitFor();
    const top = (testId: string) => page.getByTestId(testId).evaluate((el) => el.getBoundingClientRect().top);
    // The current step starts on the first screen; the next change follows it, then the way to edit.
    expect(await top('now-step')).toBeLessThan(740);
    expect(await now.textContent()).toMatch(/Step 2 of \d+/);
    expect(await now.textContent()).toMatch(
      /(Draw up [\d.]+\u00a0mL with a \d+\u00a0mL oral syringe|Measure [\d.]+\u00a0mL in a \d+\u00a0mL measuring cylinder)/,
    );
    expect(await top('next-step')).toBeGreaterThan(await top('now-step'));
    const change = page.getByRole('button', { name: 'Change my plan' });
    expect(await change.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(await top('next-step'));
    // Past steps folded; the current one marked in the schedule.
    expect(await page.getByTestId('past-steps').getAttribute('open')).toBeNull();
    expect(await page.locator('[data-testid=plan-step][aria-current=step]').count()).toBe(1);
    await page.getByText('Show the past step').click();
    await page.getByTestId('plan-step').first().locator('summary').click();

    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
        })
        .map((el) => `${el.tagName} ${el.className}`);
    });
    expect(overflowing).toEqual([]);
    const shortButtons = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, summary, a.button')]
        .filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 47.5)
        .map((el) => el.textContent.trim()),
    );
    expect(shortButtons).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page, 'saved plan at 360 px');
    await context.close();
  });
});

describe.each([1280, 360])('a switch to diazepam and my own steps at %i px', (width) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width, height: 900 } });
    page = await context.newPage();
    await signUp(page, env.server.url, `plan-more-${String(width)}@example.org`);
    await openPlanner(page);
  });
  afterAll(() => context.close());

  async function expectFits(screen: string): Promise<void> {
    await expectAccessible(page, `${screen} at ${String(width)} px`);
    expect(await scrollsSideways(page), `sideways scroll on ${screen}`).toBe(false);
  }

  it('switches to diazepam liquid with the Ashton ratio: substitution stages, then a final stop', async () => {
    await page.getByLabel('Medicine', { exact: true }).selectOption('clonazepam');
    await page.getByLabel('Form', { exact: true }).selectOption('tablet');
    await page.getByLabel('Current daily dose (mg)').fill('2');
    await page.getByRole('radio', { name: 'Switch to diazepam (Ashton method)' }).check();
    await page.getByRole('radio', { name: /Ashton Manual: 0\.5 mg clonazepam ≈ 10 mg diazepam/ }).check();
    expect(await page.getByRole('radio', { name: 'Diazepam liquid 1\u00a0mg/mL (finer steps)' }).isChecked()).toBe(
      true,
    );
    await preview(page);
    await page.getByTestId('plan-table').waitFor();
    await expect.poll(() => steps(page).first().locator('[data-part=kind]').textContent()).toBe('1 (switch)');
    expect(
      await page.getByTestId('plan-table').locator('[data-part=kind]', { hasText: '(switch)' }).count(),
    ).toBeGreaterThan(1);
    expect(await lastKind(page)).toMatch(/\(stop\)$/);
    expect(await lastDose(page)).toBe('0\u00a0mg');
    await expect
      .poll(() => page.getByTestId('plan-table').textContent())
      .toMatch(/Draw up [\d.]+\u00a0mL of the 1\u00a0mg\/mL liquid with a \d+\u00a0mL oral syringe/);
    expect(await chartLabels(page)).toContain('40\u00a0mg');
    expect(await page.getByText('Shaded: switching to diazepam').count()).toBe(1);
    await expectFits('crossover preview');
  });

  it('takes the end point in mg of diazepam, and explains one the tablets cannot measure', async () => {
    await page.getByRole('radio', { name: 'Stay on a smaller dose' }).check();
    const maintain = page.getByLabel('Diazepam dose to stay on (mg of diazepam a day)');
    await expect.poll(() => page.locator('#plan-maintain-hint').textContent()).toMatch(/about 40\u00a0mg of diazepam/);
    // 5 mg is less than 40 mg of diazepam, though more than the 2 mg of clonazepam.
    await maintain.fill('5');
    await preview(page);
    await expect.poll(() => lastDose(page), { timeout: 10_000 }).toBe('5\u00a0mg');
    expect(await lastKind(page)).toMatch(/\(stay\)$/);

    await maintain.fill('40');
    await preview(page);
    await expect
      .poll(() => page.locator('#plan-maintain-error').textContent())
      .toMatch(/less than your current daily dose/);

    // Diazepam tablets make no 3 mg: the plan measures the tail as diazepam liquid, and says so.
    await page.getByRole('radio', { name: 'Diazepam tablets 2, 5, 10 mg' }).check();
    await maintain.fill('3');
    await preview(page);
    await expect.poll(() => lastDose(page), { timeout: 10_000 }).toBe('3\u00a0mg');
    await expect
      .poll(() => page.getByTestId('plan-adjustments').textContent())
      .toMatch(/diazepam is measured as its liquid from the pharmacy, because tablets cannot make cuts this small/);
    await expectFits('crossover staying on 3 mg');

    await page.getByRole('radio', { name: 'Diazepam liquid 1 mg/mL (finer steps)' }).check();
    await maintain.fill('5');
    await expect.poll(() => lastDose(page), { timeout: 10_000 }).toBe('5\u00a0mg');
    await expectFits('crossover staying on 5 mg');
  });

  it('previews and saves my own steps, 2 → 1.75 → 1.5, and refuses steps that stop from too much', async () => {
    await page.getByRole('radio', { name: 'My own steps' }).check();
    const dose = (n: number) => page.locator(`#custom-dose-${String(n)}`);
    expect(await dose(1).inputValue()).toBe('2');
    expect(await dose(2).inputValue()).toBe('0');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('custom-dose-2');
    await page.keyboard.type('1.75');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await dose(3).fill('1.5');
    expect(await dose(4).inputValue()).toBe('0');
    await page.getByRole('button', { name: 'One day more on step 3' }).click();
    expect(await page.locator('#custom-days-3').inputValue()).toBe('15');
    await expectFits('my own steps');

    await page.locator('#custom-days-2').fill('');
    await preview(page);
    await expect.poll(() => page.locator('#custom-days-2-error').textContent()).toMatch(/1 to 365/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('custom-days-2');
    await page.locator('#custom-days-2').fill('14');

    // 1.5 mg of clonazepam (about 30 mg of diazepam) to 0 at once: refused, with the step named.
    await preview(page);
    await expect
      .poll(() => page.getByTestId('plan-blocked').textContent(), { timeout: 10_000 })
      .toMatch(/stop your medicine from more than a small dose/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('custom-dose-4');
    await expectFits('my own steps refused');

    await dose(4).fill('1.5');
    await page.getByRole('button', { name: 'Remove step 3' }).click();
    await preview(page);
    await expect.poll(() => allDoses(page), { timeout: 10_000 }).toEqual(['2\u00a0mg', '1.75\u00a0mg', '1.5\u00a0mg']);
    expect(await lastKind(page)).toMatch(/\(stay\)$/);
    await expectFits('my own steps preview');

    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect.poll(() => page.getByTestId('plan-save-status').textContent()).toMatch(/Plan saved/);
    await page.reload();
    await page.getByTestId('saved-plan').waitFor();
    expect(await allDoses(page)).toEqual(['2\u00a0mg', '1.75\u00a0mg', '1.5\u00a0mg']);
    await changePlan(page);
    expect(await page.getByRole('radio', { name: 'My own steps' }).isChecked()).toBe(true);
    expect(await dose(2).inputValue()).toBe('1.75');
    await expectFits('my own steps saved');
  });

  it('removes a step, and keeps the last row as the end point', async () => {
    await page.getByRole('button', { name: 'Remove step 2' }).click();
    expect(await page.locator('#custom-dose-3').count()).toBe(0);
    expect(await page.locator('#custom-dose-2').inputValue()).toBe('1.5');
    await preview(page);
    await expect.poll(() => allDoses(page), { timeout: 10_000 }).toEqual(['2\u00a0mg', '1.5\u00a0mg']);
  });

  it('marks a faster pace chosen with a prescriber on the plan and its prep cards', async () => {
    await page.getByRole('radio', { name: 'Proportional (recommended)' }).check();
    await page.getByRole('radio', { name: 'Stop completely' }).check();
    await page.getByRole('radio', { name: 'My prescriber and I chose a faster pace' }).check();
    await preview(page);
    await expect
      .poll(() => page.getByTestId('plan-pace').getAttribute('data-pace'), { timeout: 10_000 })
      .toBe('prescriber-faster');
    expect(await page.getByTestId('plan-warnings').locator('[data-code="faster_pace_chosen"]').count()).toBe(1);
    expect(await page.getByTestId('prep-cards').textContent()).toMatch(
      /Faster than the guideline pace, as you and your prescriber chose/,
    );
    await page.getByRole('radio', { name: 'At the guideline pace (recommended)' }).check();
    await expect
      .poll(() => page.getByTestId('plan-pace').getAttribute('data-pace'), { timeout: 10_000 })
      .toBe('guideline');
    await expectFits('pace choice');
  });
});
