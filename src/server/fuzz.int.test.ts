/**
 * A fast-check fuzz of every route the app registers, on SQLite and PostgreSQL: near-valid bodies, params and queries
 * (one field mutated, hostile values, raw bodies), sent as Ann, signed out, without the CSRF token or naming another
 * account. No answer may be a 5xx, and after every refusal (4xx) every table is as it was before the request.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, createTestApp, type Agent, type TestApp } from './test-app.js';
import { encodePart } from './test-fuzz-inputs.js';
import { ANN_IDS, BOB_ID, PASSWORD, ROUTE_FUZZ, type FuzzInput } from './test-fuzz-routes.js';
import { snapshot } from './test-snapshot.js';

/** Requests per route (HEAD included): about 20-30 s per database on a shared 2-core machine (see the report line). */
const RUNS_PER_ROUTE = { sqlite: 120, postgres: 100 } as const;
const UNLIMITED = 1_000_000_000;

interface Route {
  readonly method: string;
  readonly url: string;
}
const keyOf = (r: Route) => `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`;

function urlOf(route: Route, input: FuzzInput): string {
  const path = route.url.replace(/:(\w+)/g, (_m, name: string) => encodePart(input.params?.[name] ?? ''));
  const query = Object.entries(input.query ?? {})
    .flatMap(([k, v]) =>
      (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((one) => `${encodePart(k)}=${encodePart(one)}`),
    )
    .join('&');
  return query === '' ? path : `${path}?${query}`;
}

/** Fixture: Ann has something of every kind; Bob owns ids Ann's requests may name. */
async function seed(t: TestApp): Promise<Agent> {
  const ann = createAgent(t.app);
  await ann.signup('ann@example.org', PASSWORD);
  const plan = {
    medicationId: 'clonazepam',
    form: 'liquid',
    currentDoseMg: 2,
    startDate: '2026-11-30',
    strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
  };
  const writes: InjectOptions[] = [
    { method: 'PUT', url: '/api/v1/plan', payload: plan },
    { method: 'POST', url: '/api/v1/plan/holds', payload: { stepIndex: 1, days: 7, reason: 'settling' } },
    { method: 'PUT', url: '/api/v1/checkins/2026-11-24', payload: { note: 'first', editedAt: '2026-11-24T07:00:00Z' } },
    {
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-24',
      payload: { note: 'second', symptoms: { tremor: 2 }, editedAt: '2026-11-24T08:00:00Z' },
    },
    {
      method: 'POST',
      url: '/api/v1/doses',
      payload: { id: ANN_IDS[0], date: '2026-11-24', takenAt: '2026-11-24T08:00:00Z', doseMg: 1 },
    },
    {
      method: 'POST',
      url: '/api/v1/events',
      payload: { id: ANN_IDS[0], kind: 'seizure', occurredAt: '2026-11-20T20:00:00-05:00' },
    },
    { method: 'POST', url: '/api/v1/me/symptoms', payload: { id: ANN_IDS[0], name: 'ear ringing', group: 'sensory' } },
    {
      method: 'POST',
      url: '/api/v1/assessments',
      payload: { id: ANN_IDS[0], instrument: 'bwsq', date: '2026-11-24', answers: Array.from({ length: 20 }, () => 1) },
    },
  ];
  for (const w of writes) expect((await ann.request(w)).statusCode, JSON.stringify(w)).toBeLessThan(300);
  const bob = createAgent(t.app);
  await bob.signup('bob@example.org', PASSWORD);
  await bob.request({
    method: 'POST',
    url: '/api/v1/doses',
    payload: { id: BOB_ID, date: '2026-11-24', takenAt: '2026-11-24T08:00:00Z', doseMg: 1 },
  });
  await bob.request({
    method: 'POST',
    url: '/api/v1/events',
    payload: { id: BOB_ID, kind: 'confusion', occurredAt: '2026-11-24T08:00:00Z' },
  });
  await bob.request({
    method: 'POST',
    url: '/api/v1/me/symptoms',
    payload: { id: BOB_ID, name: 'bob only', group: 'sensory' },
  });
  return ann;
}

describe.each(TEST_DATABASES)('fuzz of every route on $name', (kind) => {
  const routes: Route[] = [];
  let t: TestApp;
  let ann: Agent;
  let guest: Agent;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      onRoute: (r) => {
        for (const method of [r.method].flat()) routes.push({ method, url: r.url });
      },
      apiRequestsPerMinute: UNLIMITED,
      heavyRequestsPerWindow: UNLIMITED,
      shareRequestsPerWindow: UNLIMITED,
      authAttemptsPerIp: UNLIMITED,
      authAttemptsPerAccount: UNLIMITED,
    });
    ann = await seed(t);
    guest = createAgent(t.app);
  });
  afterAll(() => t.close());

  it('has a generator for every route the app registers, and none for a route it does not', () => {
    const registered = new Set(routes.map(keyOf));
    expect(registered.size).toBeGreaterThan(30);
    expect([...registered].filter((k) => !(k in ROUTE_FUZZ))).toEqual([]);
    expect(Object.keys(ROUTE_FUZZ).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('answers no input with a 5xx, and changes nothing stored on a refusal', async () => {
    const started = Date.now();
    let requests = 0;
    const statuses = new Map<string, number[]>();
    let before = await snapshot(t.database);
    // The snapshot sees the fixture, so an unchanged snapshot means something.
    for (const table of [
      'users',
      'sessions',
      'checkins',
      'checkin_versions',
      'plan_revisions',
      'plan_holds',
      'intakes',
      'events',
      'own_symptoms',
      'assessments',
    ]) {
      expect(before[table]?.length ?? 0, table).toBeGreaterThan(0);
    }
    // Signed in; signed out; without the CSRF token; or naming another account than the session's (a stale tab).
    const who = fc.constantFrom(
      'signed-in',
      'signed-in',
      'signed-in',
      'signed-in',
      'signed-in',
      'signed-out',
      'no-csrf',
      'other-account',
    );
    for (const route of routes) {
      const fuzz = ROUTE_FUZZ[keyOf(route)];
      if (!fuzz) continue; // reported by the test above
      await fc.assert(
        fc.asyncProperty(fuzz.input, who, async (input, as) => {
          const url = urlOf(route, input);
          const options: InjectOptions & { csrf?: boolean } = { method: route.method, url };
          const headers: Record<string, string> = as === 'other-account' ? { 'x-taper-account': 'someone-else' } : {};
          if (input.raw)
            Object.assign(options, {
              payload: input.raw.payload,
              headers: { ...headers, 'content-type': input.raw.contentType },
            });
          else {
            options.headers = headers;
            if (input.body !== undefined) options.payload = input.body as object;
          }
          const agent = fuzz.as === 'ann' ? ann : guest;
          const response =
            as === 'signed-out'
              ? await t.app.inject(options)
              : await agent.request({ ...options, csrf: as !== 'no-csrf' });
          requests++;
          statuses.set(keyOf(route), [...(statuses.get(keyOf(route)) ?? []), response.statusCode]);
          const after = await snapshot(t.database);
          const previous = before;
          before = after;
          const what = `${route.method} ${url} as ${as}: ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, what).toBeLessThan(500);
          if (response.statusCode >= 400) expect(after, what).toEqual(previous);
        }),
        { numRuns: RUNS_PER_ROUTE[kind.name] },
      );
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const tally = [...statuses].map(
      ([k, codes]) =>
        `${k}: ${[...new Set(codes)]
          .sort()
          .map((c) => `${String(c)}×${String(codes.filter((x) => x === c).length)}`)
          .join(' ')}`,
    );
    console.info(
      `route fuzz on ${kind.name}: ${String(requests)} requests over ${String(routes.length)} routes in ${seconds} s\n${tally.join('\n')}`,
    );
    expect(requests).toBe(routes.length * RUNS_PER_ROUTE[kind.name]);
  }, 180_000);
});
