/**
 * The gzipped JavaScript the check-in screen loads on a first visit, in Chromium (goal: at most 50 KB): for a new
 * account without a plan, and with a plan saved (Today's plan panel and how to measure the dose load too).
 * Run alone with `npx tsx bench/checkin-screen.ts` after a build.
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../e2e/support/browser.js';
import { startServer } from '../e2e/support/server.js';
import type { PlanInputBody } from '../src/api/plan-schemas.js';
import type { BenchRow } from './slowest-request.js';

const GOAL_KB = 50;

/** A plan started five days ago, so Today shows the day's planned dose and how to measure it. */
function savedPlan(): PlanInputBody {
  const start = new Date();
  start.setDate(start.getDate() - 5);
  const day = (n: number) => String(n).padStart(2, '0');
  return {
    medicationId: 'clonazepam',
    form: 'tablet',
    currentDoseMg: 1,
    startDate: `${start.getFullYear()}-${day(start.getMonth() + 1)}-${day(start.getDate())}`,
    strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
  };
}

/** The check-in screen's first load for a new account, without a plan or with one saved (its panel loads too). */
export async function checkinScreenJs(withPlan: boolean): Promise<BenchRow> {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Sign up through the API in the page's own cookie jar, so the first load lands on the check-in screen.
    const { token } = (await (await page.request.get(`${server.url}/api/v1/csrf`)).json()) as { token: string };
    await page.request.post(`${server.url}/api/v1/auth/signup`, {
      data: { email: 'bench@example.org', password: 'benchmark password' },
      headers: { 'x-csrf-token': token },
    });
    if (withPlan) {
      // Signing up starts a new session with a new token.
      const fresh = (await (await page.request.get(`${server.url}/api/v1/csrf`)).json()) as { token: string };
      const saved = await page.request.put(`${server.url}/api/v1/plan`, {
        data: savedPlan(),
        headers: { 'x-csrf-token': fresh.token },
      });
      if (!saved.ok()) throw new Error(`saving the plan: ${await saved.text()}`);
    }
    const scripts = new Map<string, number>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        void response.body().then((body) => scripts.set(response.url(), gzipSync(body, { level: 9 }).length));
      }
    });
    await page.goto(server.url);
    await page.getByTestId('checkin-form').waitFor();
    if (withPlan) await page.getByTestId('todays-dose').waitFor();
    await page.waitForLoadState('networkidle');
    const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
    const kb = bytes / 1024;
    return {
      measure: `check-in screen JS, ${withPlan ? 'plan saved' : 'no plan'} (${scripts.size} files, gzip)`,
      value: `${kb.toFixed(1)} KB`,
      goal: `≤ ${GOAL_KB} KB`,
      met: kb <= GOAL_KB,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

// Run on its own (not imported by run.ts): both rows, one line each.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of [await checkinScreenJs(false), await checkinScreenJs(true)]) {
    console.log(`${row.measure}: ${row.value} (${row.met ? 'met' : 'NOT MET'})`);
  }
}
