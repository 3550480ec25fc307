/**
 * A year of synthetic records, sent THROUGH THE API as the signed-in page (its cookies, one CSRF token): a clonazepam
 * plan with a cut every four weeks and one hold, a check-in on most days whose symptoms peak about six days after each
 * cut, the dose logged on most days, one CIWA-B and one red-flag event (confirmed, so the plan goes on).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { addDays, daysBetween } from '../../src/core/index.js';

export const SEEDED_DAYS = 365;
/** Symptoms rate highest this many days after a cut. */
export const PEAK_AFTER_CUT = 6;
export const HOLD_REASON = 'A hard week at work';

interface Step {
  readonly start: string;
  readonly doseMg: number;
}

/** JSON requests from the page, with the session's CSRF token; each must succeed. */
function apiOf(page: Page, baseUrl: string) {
  let token: string | undefined;
  return async <T>(method: 'GET' | 'PUT' | 'POST', path: string, data?: unknown): Promise<T> => {
    token ??= ((await (await page.request.get(`${baseUrl}/api/v1/csrf`)).json()) as { token: string }).token;
    const response = await page.request.fetch(`${baseUrl}${path}`, {
      method,
      data,
      headers: { 'x-csrf-token': token },
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
}

/** 0-3, highest around PEAK_AFTER_CUT days after the last cut, with a little day-to-day unevenness. */
function severity(base: number, sinceCut: number, day: number): number {
  const wave = 2.2 * Math.exp(-((sinceCut - PEAK_AFTER_CUT) ** 2) / 8);
  const uneven = (day * 7) % 11 === 0 ? 1 : 0;
  return Math.max(0, Math.min(3, Math.round(base + wave + uneven)));
}

/** Sends everything in small parallel batches (the server is asked to allow that many requests a minute). */
async function inBatches(jobs: readonly (() => Promise<unknown>)[], size = 8): Promise<void> {
  for (let i = 0; i < jobs.length; i += size) await Promise.all(jobs.slice(i, i + size).map((job) => job()));
}

const DAY_MS = 86_400_000;

/** The server's clock, which the seed sets back while it makes the plan and its hold (the past cannot be held). */
export function shiftableClock() {
  let backDays = 0;
  return {
    now: () => new Date(Date.now() - backDays * DAY_MS),
    setBack(days: number) {
      backDays = days;
    },
  };
}

/** Options for the e2e server: the clock, and room for a year of records in a few seconds within one session. */
export const seedServerOptions = (clock: ReturnType<typeof shiftableClock>) => ({
  now: clock.now,
  apiRequestsPerMinute: 50_000,
  sessionMaxDays: 400,
  sessionIdleMinutes: 400 * 24 * 60,
});

/** How many days before today the plan and its hold are made. */
const HOLD_MADE_DAYS_AGO = 270;

/**
 * Seeds the year ending `today` (the server's UTC day) as the page's signed-in person, and answers the cut dates.
 * The plan and a 7-day hold of the step then in effect are saved with the server's clock set back.
 */
export async function seedYear(
  page: Page,
  server: { readonly url: string; readonly clock: ReturnType<typeof shiftableClock> },
  today: string,
): Promise<readonly string[]> {
  const api = apiOf(page, server.url);
  const first = addDays(today, 1 - SEEDED_DAYS);
  server.clock.setBack(HOLD_MADE_DAYS_AGO);
  const then = addDays(today, -HOLD_MADE_DAYS_AGO);
  const planned = await api<{ plan: { steps: readonly (Step & { end: string | null })[] } }>('PUT', '/api/v1/plan', {
    medicationId: 'clonazepam',
    form: 'drops',
    currentDoseMg: 2,
    startDate: addDays(today, -353),
    strategy: { kind: 'proportional', percent: 10, intervalDays: 28 },
  });
  const held = planned.plan.steps.findIndex((s) => s.start <= then && s.end !== null && s.end >= then);
  await api('POST', '/api/v1/plan/holds', { stepIndex: held, days: 7, reason: HOLD_REASON });
  server.clock.setBack(0);
  const saved = await api<{ plan: { steps: readonly Step[] } }>('GET', '/api/v1/plan');
  const steps = saved.plan.steps.filter((s) => s.start <= today);
  const cuts = steps.map((s) => s.start);
  const stepOn = (date: string) => [...steps].reverse().find((s) => s.start <= date);
  const jobs: (() => Promise<unknown>)[] = [];
  for (let i = 0; i < SEEDED_DAYS; i++) {
    const date = addDays(first, i);
    const step = stepOn(date);
    const sinceCut = step ? daysBetween(step.start, date) : 99;
    if (i % 10 !== 3) {
      const symptoms = {
        anxiety: severity(1, sinceCut, i),
        'muscle-jerks': severity(0, sinceCut, i),
        tinnitus: severity(1, sinceCut + 2, i),
        'pins-and-needles': severity(0, sinceCut - 1, i),
      };
      const sleepHours = Math.round((7 - 1.5 * Math.exp(-((sinceCut - PEAK_AFTER_CUT) ** 2) / 8)) * 4) / 4;
      jobs.push(() => api('PUT', `/api/v1/checkins/${date}`, { symptoms, sleepHours }));
    }
    if (step && i % 13 !== 5) {
      jobs.push(() => api('POST', '/api/v1/doses', { date, takenAt: `${date}T08:00:00Z`, doseMg: step.doseMg }));
    }
  }
  await inBatches(jobs);
  await api('POST', '/api/v1/assessments', {
    instrument: 'ciwa-b',
    date: addDays(today, -40),
    answers: Array.from({ length: 20 }, (_, i) => (i < 4 ? 2 : 1)),
  });
  // Yesterday, so its pause lengthens only the step in effect now; confirmed at once, as the person would.
  const event = await api<{ id: string }>('POST', '/api/v1/events', {
    kind: 'fall-or-head-injury',
    occurredAt: `${addDays(today, -1)}T10:00:00Z`,
  });
  await api('POST', `/api/v1/events/${event.id}/confirm`);
  return cuts;
}
