/**
 * The slowest request a signed-in person can make with valid input (issue #9; goal: under 50 ms), next to a normal
 * one. A real server on loopback over a SQLite file; one person has an ordinary two-week record and plan, another the
 * most the API lets anyone store (bench/worst-case-data.ts) and the costliest plan within MAX_STEP_DOSE_TIMES. Each
 * candidate is asked for in turn, one at a time; the figure is the median of RUNS answers, body read in full.
 */
import type { PlanInputBody } from '../src/api/plan-schemas.js';
import { addDays } from '../src/core/index.js';
import { createStore } from '../src/storage/index.js';
import { benchApp, listenOnLoopback } from './bench-app.js';
import { seedEverything, seedHolds, seedPlanHistory } from './worst-case-data.js';

const RUNS = 15;
const GOAL_MS = 50;

export interface BenchRow {
  readonly measure: string;
  readonly value: string;
  readonly goal: string;
  readonly met: boolean;
}

export interface Person {
  readonly id: string;
  readonly headers: Record<string, string>;
}

const times = (n: number) =>
  ['morning', 'late morning', 'midday', 'afternoon', 'evening', 'night']
    .slice(0, n)
    .map((label) => ({ label, share: 1 / n }));

/** The longest plans within the bound, one per shape: many steps at one dose-time, many dose-times, a switch. */
function planCandidates(start: string): Record<string, PlanInputBody> {
  const base = { startDate: start, endpointMg: 0, syringeMl: 0.1 };
  const linear = { kind: 'linear', stepMg: 0.5, intervalDays: 1 } as const;
  return {
    '1198 daily steps × 1 dose-time': {
      ...base,
      medicationId: 'diazepam',
      form: 'liquid',
      currentDoseMg: 599,
      strategy: linear,
      doseTimes: times(1),
    },
    '598 daily steps × 2 dose-times': {
      ...base,
      medicationId: 'diazepam',
      form: 'liquid',
      currentDoseMg: 299,
      strategy: linear,
      doseTimes: times(2),
    },
    '198 daily steps × 6 dose-times': {
      ...base,
      medicationId: 'diazepam',
      form: 'tablet',
      currentDoseMg: 99,
      strategy: linear,
      doseTimes: times(6),
    },
    'switch to diazepam, 126 steps × 6': {
      ...base,
      medicationId: 'lorazepam',
      form: 'tablet',
      currentDoseMg: 20,
      strategy: {
        kind: 'crossover',
        diazepamMgPerMg: 10,
        stageDays: 7,
        intervalDays: 7,
        cutSize: 'lower',
        diazepamForm: 'liquid',
      },
      doseTimes: times(6),
    },
  };
}

interface Timing {
  readonly wallMs: number;
  /** CPU time of this process (server and client) per request: what the request costs when the machine is shared. */
  readonly cpuMs: number;
}

/** A new account signed in over HTTP at `base` (…/api/v1): its id and the headers its requests carry. */
export async function signUp(base: string, email: string): Promise<Person> {
  const csrf = await fetch(`${base}/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const signup = await fetch(`${base}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
    body: JSON.stringify({ email, password: 'benchmark password' }),
  });
  const { id } = (await signup.json()) as { id: string };
  const cookie = `${csrfCookie}; ${signup.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')}`;
  return {
    id,
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie, 'x-taper-account': id },
  };
}

const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Infinity;

async function median(url: string, init: RequestInit): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const response = await fetch(url, init);
    await response.arrayBuffer();
    // Valid input only: a refusal would be a cheap answer, not the request we are looking for.
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${String(response.status)}`);
    const used = process.cpuUsage(usage);
    if (i < 2) continue;
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: middle(wall), cpuMs: middle(cpu) };
}

export async function slowestRequest(): Promise<BenchRow[]> {
  const bench = await benchApp();
  const { app, database } = bench;
  const base = await listenOnLoopback(app);
  const store = createStore(database.db);

  const send = (person: Person, method: string, body?: unknown): RequestInit => ({
    method,
    headers:
      body === undefined
        ? {
            cookie: person.headers['cookie'] ?? '',
            'x-taper-account': person.id,
            'x-csrf-token': person.headers['x-csrf-token'] ?? '',
          }
        : person.headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

  async function must(url: string, init: RequestInit): Promise<Response> {
    const response = await fetch(url, init);
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${url}: ${String(response.status)} ${await response.text()}`);
    return response;
  }

  try {
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const year = `from=${addDays(today, -364)}&to=${addDays(today, 1)}`;

    // A normal person: a two-year plan, two weeks of check-ins and doses.
    const nora = await signUp(base, 'nora@example.org');
    const ordinary = {
      medicationId: 'clonazepam',
      form: 'liquid',
      currentDoseMg: 2,
      startDate: addDays(today, -30),
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
      doseTimes: times(2),
    };
    await must(`${base}/plan`, send(nora, 'PUT', ordinary));
    for (let i = 0; i < 14; i++) {
      const date = addDays(today, -i);
      await must(`${base}/checkins/${date}`, send(nora, 'PUT', { symptoms: { tremor: 1 }, sleepHours: 7, note: 'ok' }));
      await must(`${base}/doses`, send(nora, 'POST', { date, takenAt: `${date}T08:00:00Z`, doseMg: 0.9 }));
    }
    const normal = await median(`${base}/adherence`, send(nora, 'GET'));

    // The worst: the costliest plan, its history, holds, and a year of the most data.
    const wendy = await signUp(base, 'wendy@example.org');
    const start = addDays(today, -300);
    const previews: [string, PlanInputBody, Timing][] = [];
    for (const [name, input] of Object.entries(planCandidates(start))) {
      previews.push([name, input, await median(`${base}/plans/preview`, send(wendy, 'POST', input))]);
    }
    previews.sort((a, b) => b[2].cpuMs - a[2].cpuMs);
    const [worstName, worstPlan] = previews[0] ?? [];
    if (!worstPlan || worstName === undefined) throw new Error('no plan candidate');
    await seedPlanHistory(store, wendy.id, worstPlan, now.toISOString());
    await must(`${base}/plan`, send(wendy, 'PUT', worstPlan));
    // Holds may lengthen only steps that have not ended: as many as the plan's ten years leave room for.
    const saved = (await (await must(`${base}/plan`, send(wendy, 'GET'))).json()) as {
      plan: { steps: { index: number; end: string | null }[] };
    };
    const open = saved.plan.steps.filter((s) => s.end !== null && s.end >= today).map((s) => s.index);
    await seedHolds(store, wendy.id, open, now.toISOString());
    const { versionsDate } = await seedEverything(store, wendy.id, now);

    // The insights screen's four answers over a year of the most data (issue #11 §8), also candidates for the slowest.
    const insightRequests: [string, string, RequestInit][] = [
      ['GET /insights/phase', `${base}/insights/phase?date=${today}`, send(wendy, 'GET')],
      ['GET /insights/trends (366 days)', `${base}/insights/trends?${year}`, send(wendy, 'GET')],
      ['GET /insights/cuts (a year)', `${base}/insights/cuts`, send(wendy, 'GET')],
      ['GET /insights/readiness', `${base}/insights/readiness?date=${today}`, send(wendy, 'GET')],
    ];
    const requests: [string, string, RequestInit][] = [
      ['GET /plan (longest plan, revisions, holds, pauses)', `${base}/plan`, send(wendy, 'GET')],
      ['GET /plan.ics?reminder=true', `${base}/plan.ics?reminder=true`, send(wendy, 'GET')],
      ['GET /adherence (366 days)', `${base}/adherence?from=${addDays(today, -365)}&to=${today}`, send(wendy, 'GET')],
      ['GET /doses (366 days)', `${base}/doses?${year}`, send(wendy, 'GET')],
      ['GET /checkins (366 days)', `${base}/checkins?${year}`, send(wendy, 'GET')],
      ['GET /checkins/:date/versions', `${base}/checkins/${versionsDate}/versions`, send(wendy, 'GET')],
      ['GET /assessments (366 days)', `${base}/assessments?${year}`, send(wendy, 'GET')],
      ['GET /assessments/prompt', `${base}/assessments/prompt`, send(wendy, 'GET')],
      ['GET /events', `${base}/events`, send(wendy, 'GET')],
      ...insightRequests,
      ['GET /me/symptoms', `${base}/me/symptoms`, send(wendy, 'GET')],
      [
        'GET /reminders.ics (six dose times)',
        `${base}/reminders.ics?doseTimes=06:00,09:00,12:00,15:00,18:00,21:00`,
        {},
      ],
      // Last: each save is a new revision, without the holds the reads above are measured with.
      [`PUT /plan (${worstName})`, `${base}/plan`, send(wendy, 'PUT', worstPlan)],
    ];
    const measured: [string, Timing][] = previews.map(([name, , timing]) => [`POST /plans/preview (${name})`, timing]);
    for (const [name, url, init] of requests) measured.push([name, await median(url, init)]);
    const insightNames = new Set(insightRequests.map(([name]) => name));
    const insightTimes = measured.filter(([name]) => insightNames.has(name)).map(([, t]) => t);
    const insights: Timing = {
      wallMs: insightTimes.reduce((sum, t) => sum + t.wallMs, 0),
      cpuMs: insightTimes.reduce((sum, t) => sum + t.cpuMs, 0),
    };
    // The slowest by wall-clock time (the goal); CPU time beside it shows how much of it was waiting for a shared CPU.
    measured.sort((a, b) => b[1].wallMs - a[1].wallMs);
    const [slowest, second, third] = measured;
    const row = (label: string, t: Timing, goal: string, met: boolean): BenchRow => ({
      measure: `${label} [CPU ${t.cpuMs.toFixed(1)} ms]`,
      value: `${t.wallMs.toFixed(1)} ms`,
      goal,
      met,
    });
    return [
      row('normal: GET /adherence (2 weeks, two-year plan)', normal, 'baseline', true),
      ...(slowest
        ? [row(`slowest valid: ${slowest[0]}`, slowest[1], `< ${String(GOAL_MS)} ms`, slowest[1].wallMs < GOAL_MS)]
        : []),
      ...[second, third].flatMap((m) => (m ? [row(`  next: ${m[0]}`, m[1], '', true)] : [])),
      row('insights API, a year of the most data: phase + trends + cuts + readiness', insights, 'reported', true),
    ];
  } finally {
    await bench.close();
  }
}
