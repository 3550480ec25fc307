/**
 * The Account screen in Chromium, with a second browser context as "another device": changing the password
 * (the other device is signed out and the new password works there), ending another session, signing out
 * everywhere, deleting the account, signing up again with the same pair, and downloading everything then importing
 * it into another account (twice: the second changes nothing). Every state is audited with axe,
 * for 48 px targets and for sideways scrolling at 360 × 740 and 1280 × 800, in both colour themes.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, scrollsSideways, smallTargets } from './support/axe.js';
import { useServerAndBrowser } from './support/harness.js';
import { startServer } from './support/server.js';
import { openMore, signUp, skipFirstRun } from './support/session.js';

const env = useServerAndBrowser();

const PASSWORD = 'a calm long passphrase'; // what support/session.ts signUp uses
const NEW_PASSWORD = 'quiet river under willows';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const SHOTS = join(tmpdir(), 'taper-account-shots');

async function device(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(env.server.url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function openAccount(page: Page): Promise<void> {
  await openMore(page);
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
  await page.getByTestId('devices').waitFor();
}

/** The browser's session cookie is gone or ended: a fresh load shows the sign-in screen. */
async function expectSignedOut(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  expect((await page.request.get(`${env.server.url}/api/v1/auth/me`)).status()).toBe(401);
}

/** axe, 48 px targets and no sideways scroll at both sizes and in both themes, with a screenshot of each. */
async function auditEverywhere(page: Page, screen: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const start = page.viewportSize() ?? DESKTOP;
  for (const theme of ['dark', 'light'] as const) {
    if ((await page.evaluate(() => document.documentElement.dataset['theme'])) !== theme) {
      await openMore(page);
      await page.getByRole('button', { name: theme === 'light' ? 'Use light colours' : 'Use dark colours' }).click();
      await page.keyboard.press('Escape');
    }
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      const where = `${screen} (${theme}, ${size.width} px)`;
      expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
      expect(await smallTargets(page), `targets on ${where}`).toEqual([]);
      expect(await scrollsSideways(page), `sideways scroll on ${where}`).toBe(false);
      await page.screenshot({
        path: join(SHOTS, `${screen.replaceAll(' ', '-')}-${theme}-${size.width}.png`),
        fullPage,
      });
    }
  }
  await page.setViewportSize(start);
  await openMore(page);
  await page.getByRole('button', { name: 'Use dark colours' }).click();
  await page.keyboard.press('Escape');
}

describe('account screen', () => {
  it('changes the password: checked on the device first, wrong ones refused by the field, other devices signed out', async () => {
    const here = await device(env.browser, DESKTOP);
    const other = await device(env.browser, PHONE);
    await signUp(here.page, env.server.url, 'lea@example.org');
    await signIn(other.page, 'lea@example.org', PASSWORD);
    await other.page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();

    await openAccount(here.page);
    await auditEverywhere(here.page, 'account');
    let sent = 0;
    here.page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/auth/password')) sent += 1;
    });
    const change = here.page.getByRole('button', { name: 'Change password' });
    const newField = here.page.getByLabel('New password');
    // The rules are on screen before anything is typed.
    expect(await here.page.locator('#new-password-hint').textContent()).toMatch(/At least 10 characters/);
    await here.page.getByLabel('Current password').fill(PASSWORD);
    await newField.fill('short');
    await change.click();
    await expect
      .poll(() => here.page.locator('#new-password-error').textContent())
      .toBe('New password: 5 more characters needed (at least 10).');
    expect(await newField.getAttribute('aria-invalid')).toBe('true');
    await newField.fill('lea@example.org');
    await expect
      .poll(() => here.page.locator('#new-password-error').textContent())
      .toMatch(/cannot be your email address/);
    expect(sent).toBe(0); // the structural rule never needed the server

    // A common password passes the structural rule; the server refuses it, next to the field.
    await newField.fill('qwertyuiop');
    await change.click();
    await expect
      .poll(() => here.page.locator('#new-password-error').textContent())
      .toMatch(/^New password: .*not a common password/);
    expect(sent).toBe(1);

    await here.page.getByLabel('Current password').fill('not my password at all');
    await newField.fill(NEW_PASSWORD);
    await expect.poll(() => here.page.locator('#new-password-error').count()).toBe(0);
    await change.click();
    await expect
      .poll(() => here.page.locator('#current-password-error').textContent())
      .toMatch(/^Current password: Your current password is not right/);
    expect(sent).toBe(2);
    await auditEverywhere(here.page, 'account wrong password');

    await here.page.getByLabel('Current password').fill(PASSWORD);
    await change.click();
    await expect
      .poll(() => here.page.getByRole('status').filter({ hasText: 'Your password is changed' }).count())
      .toBe(1);
    expect(await here.page.getByText('Any other devices were signed out; this one stays signed in.').count()).toBe(1);
    expect(await here.page.getByLabel('New password').inputValue()).toBe('');
    // The device list refreshed: only this device is left.
    await expect.poll(() => here.page.getByTestId('devices').locator('li').count()).toBe(1);

    await expectSignedOut(other.page);
    await signIn(other.page, 'lea@example.org', PASSWORD);
    await expect.poll(() => other.page.getByText('That email and password do not match an account.').count()).toBe(1);
    await signIn(other.page, 'lea@example.org', NEW_PASSWORD);
    await other.page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    // This device was never signed out.
    expect((await here.page.request.get(`${env.server.url}/api/v1/auth/me`)).status()).toBe(200);
    await here.context.close();
    await other.context.close();
  });

  it('lists the signed-in devices, ends another one, and signs out everywhere', async () => {
    const here = await device(env.browser, PHONE);
    const other = await device(env.browser, DESKTOP);
    await signUp(here.page, env.server.url, 'max@example.org');
    await signIn(other.page, 'max@example.org', PASSWORD);
    await other.page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();

    await openAccount(here.page);
    const rows = here.page.getByTestId('devices').locator('li');
    await expect.poll(() => rows.count()).toBe(2);
    // Most recent first: the other device signed in last; this one is marked, and has no button of its own.
    expect(await rows.nth(1).textContent()).toMatch(/· This device/);
    expect(await rows.nth(0).textContent()).not.toMatch(/This device/);
    expect(await rows.nth(0).textContent()).toMatch(/Signed in today at \d\d:\d\d/);
    expect(await rows.nth(1).textContent()).toMatch(/Last used today at \d\d:\d\d/);
    expect(await rows.nth(1).getByRole('button').count()).toBe(0);
    await auditEverywhere(here.page, 'devices');

    await rows
      .nth(0)
      .getByRole('button', { name: /^Sign out on / })
      .click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await here.page.getByText('You are not signed in anywhere else.').count()).toBe(1);
    await expectSignedOut(other.page);
    expect((await here.page.request.get(`${env.server.url}/api/v1/auth/me`)).status()).toBe(200);

    // Everywhere means this device too, as the button says.
    await signIn(other.page, 'max@example.org', PASSWORD);
    await other.page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    await here.page.getByRole('button', { name: 'Sign out everywhere, this device too' }).click();
    await here.page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await expect.poll(() => here.page.getByText('You were signed out on every device, this one too.').count()).toBe(1);
    expect((await here.page.request.get(`${env.server.url}/api/v1/auth/me`)).status()).toBe(401);
    await expectSignedOut(other.page);
    await here.context.close();
    await other.context.close();
  });

  it('deletes the account only after the password, then it cannot sign in and the other device is signed out', async () => {
    const here = await device(env.browser, DESKTOP);
    const other = await device(env.browser, PHONE);
    await signUp(here.page, env.server.url, 'noa@example.org');
    await signIn(other.page, 'noa@example.org', PASSWORD);
    await other.page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    // Something kept on this device for the account: a typed, unsaved check-in.
    await here.page.getByLabel('Note', { exact: true }).fill('Unsaved words');
    await expect
      .poll(() =>
        here.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('taper.draft.')).length),
      )
      .toBe(1);

    await openAccount(here.page);
    const erase = here.page.getByRole('button', { name: 'Delete my account and everything in it, for good' });
    expect(await erase.count()).toBe(0); // no button until the password is typed
    expect(
      await here.page.getByText(/check-ins, doses, plan, questionnaires and notes. It cannot be undone./).count(),
    ).toBe(1);
    await here.page.getByLabel('Your password, to confirm').fill('not my password at all');
    await erase.click();
    await expect
      .poll(() => here.page.locator('#delete-password-error').textContent())
      .toMatch(/^Password: Your current password is not right/);
    await auditEverywhere(here.page, 'delete wrong password');
    expect((await here.page.request.get(`${env.server.url}/api/v1/auth/me`)).status()).toBe(200);

    await here.page.getByLabel('Your password, to confirm').fill(PASSWORD);
    await erase.click();
    await here.page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await expect.poll(() => here.page.getByText('Your account and everything in it were deleted.').count()).toBe(1);
    await auditEverywhere(here.page, 'deleted');
    const kept = await here.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('taper.draft.') || k === 'taper.account'),
    );
    expect(kept).toEqual([]);
    expect(new URL(here.page.url()).hash).toBe('#/today'); // whoever signs in next starts at Today

    await expectSignedOut(other.page);
    await signIn(here.page, 'noa@example.org', PASSWORD);
    await expect.poll(() => here.page.getByText('That email and password do not match an account.').count()).toBe(1);
    await here.context.close();
    await other.context.close();
  });

  it('signing up again with the same email and password opens the same account and says welcome back', async () => {
    const here = await device(env.browser, PHONE);
    await signUp(here.page, env.server.url, 'ivy@example.org');
    await openMore(here.page);
    await here.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await here.page.getByRole('button', { name: 'Create an account' }).click();
    expect(
      await here.page.getByText(/same email and the same password, we open the account you already have/).count(),
    ).toBe(1);
    expect(await here.page.getByRole('button', { name: 'Sign in instead' }).count()).toBe(1);
    await auditEverywhere(here.page, 'sign-up');

    // The rule is checked before sending, here too.
    await here.page.getByLabel('Email').fill('ivy@example.org');
    await here.page.getByLabel('Password').fill('tiny');
    await here.page.getByRole('button', { name: 'Sign up' }).click();
    await expect
      .poll(() => here.page.locator('#password-error').textContent())
      .toBe('Password: 6 more characters needed (at least 10).');

    await here.page.getByLabel('Password').fill(PASSWORD);
    await here.page.getByRole('button', { name: 'Sign up' }).click();
    await here.page.getByRole('heading', { name: 'Today’s check-in' }).waitFor();
    await expect
      .poll(() => here.page.getByText('Welcome back — you already had an account, we’ve signed you in.').count())
      .toBe(1);
    await auditEverywhere(here.page, 'welcome back', false); // Today is long: the top is what matters
    await here.page.getByRole('link', { name: 'Plan', exact: true }).click();
    await expect.poll(() => here.page.getByText(/Welcome back/).count()).toBe(0);
    await here.page.getByRole('link', { name: 'Today', exact: true }).click();

    // A different password is a separate, new account: no welcome back.
    await openMore(here.page);
    await here.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await here.page.getByRole('button', { name: 'Create an account' }).click();
    await here.page.getByLabel('Email').fill('ivy@example.org');
    await here.page.getByLabel('Password').fill(NEW_PASSWORD);
    await here.page.getByRole('button', { name: 'Sign up' }).click();
    // A new account: its first run, not Today; opening the existing one above went straight to Today.
    await here.page.getByRole('heading', { name: 'How would you like to start?' }).waitFor();
    expect(await here.page.getByText(/Welcome back/).count()).toBe(0);
    await skipFirstRun(here.page);
    await here.context.close();
  });

  it('downloads everything and imports the file into another account; importing it again changes nothing', async () => {
    const context = await env.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await signUp(page, env.server.url, 'jon@example.org');
    const token = ((await (await page.request.get(`${env.server.url}/api/v1/csrf`)).json()) as { token: string }).token;
    const today = new Date().toISOString().slice(0, 10);
    const day = (n: number) => new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10);
    for (const n of [1, 2, 3]) {
      const saved = await page.request.put(`${env.server.url}/api/v1/checkins/${day(n)}`, {
        data: { symptoms: { tremor: n }, sleepHours: 6, note: `day ${String(n)}` },
        headers: { 'x-csrf-token': token },
      });
      expect(saved.ok()).toBe(true);
    }
    await openAccount(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my records (JSON file)' }).click();
    const file = await (await downloading).path();

    const other = await env.browser.newContext({ viewport: PHONE });
    try {
      const there = await other.newPage();
      await signUp(there, env.server.url, 'jon.new@example.org');
      await openAccount(there);
      await there.getByLabel('Choose a file to import (JSON)').setInputFiles(file);
      await there.getByText('Imported. Added to your records:').waitFor();
      expect(await there.getByText('3 check-ins', { exact: true }).count()).toBe(1);
      expect(await axeViolations(there), 'axe after an import').toEqual([]);
      expect(await smallTargets(there), 'targets after an import').toEqual([]);
      const listed = (await (await there.request.get(`${env.server.url}/api/v1/checkins`)).json()) as {
        checkins: { note: string }[];
      };
      expect(listed.checkins.map((c) => c.note).sort()).toEqual(['day 1', 'day 2', 'day 3']);

      await there.getByLabel('Choose a file to import (JSON)').setInputFiles(file);
      await there.getByText('Imported. Everything in the file was already here; nothing changed.').waitFor();
      const again = (await (await there.request.get(`${env.server.url}/api/v1/checkins`)).json()) as {
        checkins: unknown[];
      };
      expect(again.checkins).toHaveLength(3);
    } finally {
      await other.close();
      await context.close();
    }
  });

  it('a sign-in that must wait its turn asks for a few seconds, not minutes', async () => {
    // A low per-email ceiling, so a few wrong tries reach it (the pair limit stays out of the way).
    const server = await startServer({ authAttemptsPerAccount: 2, authFailuresPerPair: 50 });
    const here = await device(env.browser, PHONE);
    try {
      await here.page.goto(server.url);
      await here.page.getByLabel('Email').fill('kai@example.org');
      const status = here.page.getByRole('status');
      const seen: string[] = [];
      for (let i = 0; i < 6 && !seen.includes('Please wait a few seconds, then try again.'); i++) {
        await here.page.getByLabel('Password').fill(`wrong guess number ${i}`);
        await here.page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await expect.poll(() => status.textContent()).not.toBe('One moment…');
        seen.push((await status.textContent()) ?? '');
      }
      expect(seen).toContain('Please wait a few seconds, then try again.');
      expect(seen.join(' ')).not.toMatch(/minutes/);
    } finally {
      await here.context.close();
      await server.stop();
    }
  });
});
