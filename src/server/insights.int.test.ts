import { describe, expect, it } from 'vitest';
import {
  CutsAnswerSchema,
  PhaseAnswerSchema,
  ReadinessAnswerSchema,
  TrendsAnswerSchema,
} from '../api/insight-schemas.js';
import { addDays } from '../core/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { appPerTest, createAgent, putDropsPlan, signedInApp, type Agent } from './test-app.js';

const START = '2026-09-01';

async function checkinsFrom(agent: Agent, from: string, days: number, severity: (day: number) => number) {
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const response = await agent.request({
      method: 'PUT',
      url: `/api/v1/checkins/${date}`,
      payload: { symptoms: { anxiety: severity(i) }, sleepHours: 7 },
    });
    expect(response.statusCode).toBe(200);
  }
}

describe.each(TEST_DATABASES)('insights API on $name', (kind) => {
  const ctx = signedInApp(kind, { now: () => new Date('2026-12-01T12:00:00Z') });
  const get = (agent: Agent, url: string) => agent.request({ url: `/api/v1/insights/${url}` });

  it('answers no-plan and empty shapes before anything is recorded', async () => {
    const phase = PhaseAnswerSchema.parse((await get(ctx.ann, 'phase?date=2026-12-01')).json());
    expect(phase).toMatchObject({ phase: 'no-plan', day: null, change: null, windows: { used: null } });
    const cuts = CutsAnswerSchema.parse((await get(ctx.ann, 'cuts')).json());
    expect(cuts).toMatchObject({ cuts: [], summary: null });
    const readiness = ReadinessAnswerSchema.parse((await get(ctx.ann, 'readiness')).json());
    expect(readiness).toMatchObject({ nextCut: null, suggestion: null });
    const trends = TrendsAnswerSchema.parse((await get(ctx.ann, 'trends')).json());
    expect(trends.from).toBe(addDays('2026-12-01', -89));
    expect(trends.doses).toHaveLength(90);
  });

  it('reads the phase after a cut through the plan: onset day 4, peak day 5 and 14, the next cut day 1', async () => {
    expect((await putDropsPlan(ctx.ann, START)).statusCode).toBe(200);
    const cut = addDays(START, 14);
    const at = async (offset: number) =>
      PhaseAnswerSchema.parse((await get(ctx.ann, `phase?date=${addDays(cut, offset - 1)}`)).json());
    expect(await at(4)).toMatchObject({ phase: 'onset', day: 4, change: { date: cut, fromMg: 0.9, toMg: 0.8 } });
    expect((await at(5)).phase).toBe('peak');
    expect((await at(14)).phase).toBe('peak');
    expect(await at(15)).toMatchObject({ phase: 'onset', day: 1, change: { date: addDays(cut, 14) } });
    expect((await get(ctx.ann, 'phase?date=2026-08-31')).json()).toMatchObject({ phase: 'not-started' });
    const first = PhaseAnswerSchema.parse((await get(ctx.ann, 'phase?date=2026-09-10')).json());
    expect(first.windows.used?.onset).toEqual([1, 4]);
    expect(first.windows.longActing?.onsetDays).toEqual([3, 7]);
  });

  it('refuses bad dates and a span over 366 days naming the field, and answers 401 without a session', async () => {
    const bad = await get(ctx.ann, 'phase?date=2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { field: 'date' } });
    expect((await get(ctx.ann, 'readiness?date=soon')).json()).toMatchObject({ error: { field: 'date' } });
    const long = await get(ctx.ann, 'trends?from=2025-01-01&to=2026-12-01');
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ error: { code: 'range_too_long', field: 'to' } });
    const guest = createAgent(ctx.t.app);
    for (const url of ['phase', 'trends', 'cuts', 'readiness']) expect((await get(guest, url)).statusCode).toBe(401);
  });

  it('never counts another person’s records', async () => {
    expect((await putDropsPlan(ctx.ann, START)).statusCode).toBe(200);
    await checkinsFrom(ctx.ann, '2026-11-01', 30, (d) => (d % 3) + 1);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    const trends = TrendsAnswerSchema.parse((await get(bob, 'trends')).json());
    expect(trends.daily).toEqual([]);
    expect(trends.doses.every((d) => d.plannedMg === null && d.takenMg === null)).toBe(true);
    expect((await get(bob, 'phase')).json()).toMatchObject({ phase: 'no-plan' });
    expect((await get(bob, 'cuts')).json()).toMatchObject({ cuts: [], summary: null });
    const annTrends = TrendsAnswerSchema.parse((await get(ctx.ann, 'trends')).json());
    expect(annTrends.daily).toHaveLength(30);
    expect(annTrends.cuts.length).toBeGreaterThan(0);
  });
});

describe.each(TEST_DATABASES)('insights holds on $name', (kind) => {
  const open = appPerTest();

  it('gives each hold in the range with the person’s own reason for it', async () => {
    // The hold is made while its step is in effect (the past cannot be held), and read two months later.
    let now = new Date('2026-09-20T12:00:00Z');
    const t = await open(kind, { now: () => now, sessionIdleMinutes: 200 * 24 * 60, sessionMaxDays: 200 });
    const ann = createAgent(t.app);
    await ann.signup('ann@example.org');
    expect((await putDropsPlan(ann, START)).statusCode).toBe(200);
    const hold = await ann.request({
      method: 'POST',
      url: '/api/v1/plan/holds',
      payload: { stepIndex: 1, days: 5, reason: 'Moving house' },
    });
    expect(hold.statusCode).toBe(201);
    now = new Date('2026-12-01T12:00:00Z');
    const trends = TrendsAnswerSchema.parse(
      (await ann.request({ url: '/api/v1/insights/trends?from=2026-09-01&to=2026-11-30' })).json(),
    );
    expect(trends.holds).toEqual([{ from: '2026-09-29', to: '2026-10-03', reason: 'Moving house' }]);
  });
});
