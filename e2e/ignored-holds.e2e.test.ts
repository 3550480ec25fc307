/**
 * A hold an older version stored although the planner refuses it (issue #9): the plan screen still opens, shows the
 * plan without it, and names it with the refusal's words. The hold is put into the database directly, as the old
 * route did; today's route refuses it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, migrateToLatest, openDatabase, type OpenDatabase } from '../src/storage/index.js';
import { launchBrowser } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';
import { apiCall, expectAccessible, localDate, signUp } from './support/session.js';

describe('a refused hold stored by an older version, in a real browser', () => {
  let dir: string;
  let database: OpenDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'taper-e2e-holds-'));
    database = await openDatabase({ kind: 'sqlite', file: join(dir, 'taper.sqlite') });
    await migrateToLatest(database);
    server = await startServer({ database });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the plan without the hold and names it with the refusal’s words', async () => {
    await signUp(page, server.url, 'holds@example.org');
    const startDate = await localDate(page, 7);
    await apiCall(page, server.url, 'PUT', '/api/v1/plan', {
      medicationId: 'clonazepam',
      form: 'liquid',
      currentDoseMg: 2,
      startDate,
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
    });
    const me = (await (await page.request.get(`${server.url}/api/v1/auth/me`)).json()) as { id: string };
    const store = createStore(database.db);
    const revision = await store.plans.latest(me.id);
    await store.plans.addHold(revision?.id ?? '', 'old-hold', {
      stepIndex: 1,
      days: 4000,
      reason: 'saved by an old version',
      createdAt: new Date().toISOString(),
    });

    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const notice = page.getByTestId('ignored-holds');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /earlier version of the app saved these holds.*Step 2: 4,000 extra days\. “saved by an old version”.*more than ten years/s,
    );
    await page.getByTestId('plan-table').waitFor();
    await expectAccessible(page, 'plan with an ignored hold');
  });
});
