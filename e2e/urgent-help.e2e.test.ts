/**
 * Urgent help, questionnaires and navigation in Chromium at a 360 px phone width: calling links, a red-flag tap
 * undone (and gone from the account), an event listed in History, a questionnaire draft kept across screens, and the
 * bottom bar (no sideways scroll, 48 px targets, the current screen marked, a small share of the screen).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallTargets, scrollsSideways } from './support/axe.js';
import { expectAccessible, signUp } from './support/session.js';
import { useServerAndBrowser } from './support/harness.js';

const env = useServerAndBrowser();

async function eventKinds(page: Page): Promise<string[]> {
  const response = await page.request.get(`${env.server.url}/api/v1/events`);
  return ((await response.json()) as { events: { kind: string }[] }).events.map((e) => e.kind);
}

const more = (page: Page) => page.getByRole('button', { name: 'More', exact: true });

describe('urgent help and navigation at 360 px', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
    page = await context.newPage();
    await signUp(page, env.server.url, 'urgent@example.org');
  });
  afterAll(() => context.close());

  it('keeps the header and the bottom bar small, every target 48 px, the current screen marked', async () => {
    const sizes = await page.evaluate(() => ({
      header: document.querySelector('header')?.getBoundingClientRect().height ?? 0,
      nav: document.querySelector('nav')?.getBoundingClientRect().height ?? 0,
      navBottom: document.querySelector('nav')?.getBoundingClientRect().bottom ?? 0,
    }));
    // Together well under a quarter of the 740 px screen (283 px before the bar).
    expect(sizes.header + sizes.nav).toBeLessThan(740 / 5);
    expect(sizes.navBottom).toBe(740);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await smallTargets(page)).toEqual([]);
    expect(await page.getByRole('link', { name: 'Today', exact: true }).getAttribute('aria-current')).toBe('page');

    await more(page).click();
    expect(await more(page).getAttribute('aria-expanded')).toBe('true');
    expect(await smallTargets(page)).toEqual([]);
    await expectAccessible(page, 'More open at 360 px');
    await page.getByRole('link', { name: 'Reminders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reminders' }).waitFor();
    expect(await more(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#nav-more a[href="#/reminders"]').getAttribute('aria-current')).toBe('page');
    await page.getByRole('link', { name: 'Today', exact: true }).click();
  });

  it('offers the emergency numbers as tap-to-call links, the person’s own first', async () => {
    await page.getByRole('button', { name: 'I fell or hurt my head' }).click();
    const calls = page.getByTestId('call-numbers').getByRole('link');
    expect(await calls.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'tel:999',
      'tel:112',
      'tel:911',
    ]);
    await expect.poll(() => page.getByTestId('urgent-recording').textContent()).toMatch(/^Added to your history/);
    expect(await smallTargets(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('undoes a red-flag tap: the event is gone from the account and from History', async () => {
    expect(await eventKinds(page)).toEqual(['fall-or-head-injury']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('urgent-recording').textContent()).toMatch(/^Removed from your history/);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await expect.poll(() => eventKinds(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to today' }).click();
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await expect.poll(() => page.getByTestId('history-events').textContent()).toBe('No serious events recorded.');
  });

  it('lists a recorded event in History, with its date, time and what happened', async () => {
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('button', { name: 'I had a seizure' }).click();
    await expect.poll(() => page.getByTestId('urgent-recording').textContent()).toMatch(/^Added to your history/);
    await page.getByRole('link', { name: 'History', exact: true }).click();
    const events = page.getByTestId('history-events');
    await expect.poll(() => events.textContent()).toMatch(/\d{4}, \d\d:\d\dI had a seizure/);
    expect(await page.getByRole('link', { name: 'History', exact: true }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'History with an event');
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('keeps a questionnaire draft across screens, and points to urgent help for a red-flag answer', async () => {
    await more(page).click();
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('radio', { name: /BWSQ/ }).check();
    await page.getByTestId('time-frame').waitFor();
    expect(await page.getByTestId('time-frame').textContent()).toBe('Answer for the past few days.');
    const unreal = page.getByRole('group', { name: /Feeling unreal/ });
    await unreal.getByRole('radio', { name: 'Yes, moderately' }).check();
    const seeing = page.getByRole('group', { name: /Seeing or hearing things/ });
    await seeing.getByRole('radio', { name: 'Yes, severely' }).check();
    const panel = page.getByTestId('red-flag-answer');
    await panel.waitFor();
    expect(await panel.getByRole('link', { name: 'Call 999 (the UK)' }).getAttribute('href')).toBe('tel:999');
    expect(await smallTargets(page)).toEqual([]);
    await expectAccessible(page, 'questionnaire with a red-flag answer');

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    await more(page).click();
    await page.getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByTestId('questionnaire').waitFor();
    expect(await unreal.getByRole('radio', { name: 'Yes, moderately' }).isChecked()).toBe(true);
    expect(await seeing.getByRole('radio', { name: 'Yes, severely' }).isChecked()).toBe(true);
    await page.getByTestId('red-flag-answer').waitFor();
  });
});
