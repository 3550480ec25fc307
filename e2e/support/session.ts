/** Steps and checks the browser tests share: signing up as a new person, a severity control, and the a11y gate. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, scrollsSideways, smallTargets } from './axe.js';

/** Signs a new person up through the UI, skips the first run's three questions, and waits for today's check-in. */
export async function signUp(page: Page, baseUrl: string, email: string): Promise<void> {
  await startSignUp(page, baseUrl, email);
  await skipFirstRun(page);
}

/** Signs a new person up through the UI and waits for the first run's first question. */
export async function startSignUp(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a calm long passphrase');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('heading', { name: 'How would you like to start?' }).waitFor();
}

/** "Skip for now" on each step of the first run after sign-up (each waits for the next question), then Today. */
export async function skipFirstRun(page: Page): Promise<void> {
  for (const next of ['What would you like to track?', 'A daily reminder?', 'Today’s check-in']) {
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { name: next }).waitFor();
  }
}

/** The radio for one severity of one symptom on the check-in form. */
export function severity(page: Page, symptom: string, level: string) {
  return page.getByRole('group', { name: symptom, exact: true }).getByRole('radio', { name: level, exact: true });
}

/** No axe violations (WCAG 2.2 AA) and no interactive target under 48 × 48 px on the page as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${screen}`).toEqual([]);
  expect(await smallTargets(page), `targets on ${screen}`).toEqual([]);
}

/** At a 360 px phone width: no sideways scrolling and no target under 48 px; then back to a desktop width. */
export async function atPhoneWidth(page: Page, screen: string): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await scrollsSideways(page), `sideways scroll on ${screen}`).toBe(false);
  expect(await smallTargets(page), `targets at 360 px on ${screen}`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The browser's own calendar day, `offset` days away (the app uses local time). */
export function localDate(page: Page, offset = 0): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}

/** An API call from the signed-in page, with the CSRF token the server asks for; it must succeed. */
export async function apiCall(
  page: Page,
  baseUrl: string,
  method: 'PUT' | 'POST',
  path: string,
  data: unknown,
): Promise<void> {
  const token = ((await (await page.request.get(`${baseUrl}/api/v1/csrf`)).json()) as { token: string }).token;
  const response = await page.request.fetch(`${baseUrl}${path}`, { method, data, headers: { 'x-csrf-token': token } });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
}

/**
 * On a phone the less daily screens, the colours and sign-out sit under "More" in the bottom bar: opens it when it
 * is there and closed (on a wide screen they are in the header row and this does nothing).
 */
export async function openMore(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'More', exact: true });
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}
