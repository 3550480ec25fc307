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
/** CIWA-B answers adding up to `total` (0-4 each). */
const ciwaTotal = (total: number) => Array.from({ length: 20 }, (_, i) => Math.max(0, Math.min(4, total - 4 * i)));

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

const post = (agent: Agent, url: string, payload: object) =>
  agent.request({ method: 'POST', url: `/api/v1/${url}`, payload });

/** A BWSQ with every item "no" but the one that asks about hallucinations (a red flag) answered yes. */
async function bwsqWithHallucinations(agent: Agent, date: string) {
  const { instruments } = (await agent.request({ url: '/api/v1/instruments' })).json<{
    instruments: { id: string; items: { id: string }[] }[];
  }>();
  const items = instruments.find((i) => i.id === 'bwsq')?.items ?? [];
  const answers = items.map((i) => (i.id === 'hallucinations' ? 1 : 0));
  expect((await post(agent, 'assessments', { instrument: 'bwsq', date, answers })).statusCode).toBe(201);
}

/** Diazepam 1.2 → 1 mg for 14 days from `startDate`, then the last dose (a stop from 1 mg, the most it may come from). */
const stopPlan = (startDate: string) => ({
  medicationId: 'diazepam',
  form: 'liquid',
  currentDoseMg: 1.2,
  startDate,
  strategy: {
    kind: 'custom',
    steps: [
      { doseMg: 1, days: 14 },
      { doseMg: 0, days: 1 },
    ],
  },
});

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

  it('reads the phase through a hold the person added, and after the last dose', async () => {
    // Steps: 0.9 mg from 20 November to 3 December, 0.8 mg from 4 December; held 7 days, the cut moves to the 11th.
    expect((await putDropsPlan(ctx.ann, '2026-11-20')).statusCode).toBe(200);
    const hold = await post(ctx.ann, 'plan/holds', { stepIndex: 0, days: 7, reason: 'A hard week at work' });
    expect(hold.statusCode).toBe(201);
    const phase = async (date: string) => PhaseAnswerSchema.parse((await get(ctx.ann, `phase?date=${date}`)).json());
    expect(await phase('2026-12-08')).toMatchObject({ phase: 'easing', day: 19, change: { date: '2026-11-20' } });
    expect(await phase('2026-12-11')).toMatchObject({
      phase: 'onset',
      day: 1,
      change: { date: '2026-12-11', fromMg: 0.9, toMg: 0.8, dateFrom: 'plan' },
    });
    // The reason the person gave travels to the trend's hold marks.
    const trends = TrendsAnswerSchema.parse((await get(ctx.ann, 'trends?from=2026-11-20&to=2026-12-31')).json());
    expect(trends.holds).toEqual([{ from: '2026-12-04', to: '2026-12-10', reason: 'A hard week at work' }]);

    // The last dose on 31 October; 1 November is the first day without.
    expect(
      (await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: stopPlan('2026-10-18') })).statusCode,
    ).toBe(200);
    expect(await phase('2026-11-10')).toMatchObject({ phase: 'stopped', day: 10, change: { toMg: 0 } });
    const lasting = await phase('2026-12-01');
    expect(lasting).toMatchObject({ phase: 'stopped', day: 31, typical: { code: 'after-stop-lasting' } });
    expect(lasting.typical.sources.length).toBeGreaterThan(0);
  });

  it('marks red flags from events, questionnaire answers and check-in answers on the trend', async () => {
    await post(ctx.ann, 'events', { kind: 'seizure', occurredAt: '2026-11-20T22:30:00-05:00' });
    await post(ctx.ann, 'events', { kind: 'confusion', occurredAt: '2026-08-01T10:00:00Z' });
    await bwsqWithHallucinations(ctx.ann, '2026-11-22');
    const checkin = (symptoms: object, tags: string[]) => ({ symptoms, tags, sleepHours: 7 });
    await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-23',
      payload: checkin({ palpitations: 3 }, []),
    });
    await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-24',
      payload: checkin({ tremor: 3 }, ['alcohol']),
    });
    await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-25',
      payload: checkin({ tremor: 3 }, ['stress']),
    });
    const trends = TrendsAnswerSchema.parse((await get(ctx.ann, 'trends?from=2026-11-01&to=2026-12-01')).json());
    expect(trends.redFlags).toEqual([
      { date: '2026-11-20', source: 'event', code: 'seizure' },
      { date: '2026-11-22', source: 'questionnaire', code: 'hallucinations' },
      { date: '2026-11-23', source: 'checkin', code: 'chest-pain' },
      { date: '2026-11-24', source: 'checkin', code: 'opioids-or-alcohol' },
    ]);
  });

  it('gives every readiness signal its value, and never counts another person’s records', async () => {
    // Cuts on 23 October, 6 and 20 November and 4 December (0.9 → 0.8 → 0.7 → 0.6 mg); today, 1 December, is 3 days
    // before the next.
    expect((await putDropsPlan(ctx.ann, '2026-10-23')).statusCode).toBe(200);
    await checkinsFrom(ctx.ann, '2026-11-06', 26, () => 1);
    await post(ctx.ann, 'assessments', { instrument: 'ciwa-b', date: '2026-11-26', answers: ciwaTotal(21) });
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await putDropsPlan(bob, '2026-10-23')).statusCode).toBe(200);
    const readiness = async (agent: Agent) =>
      ReadinessAnswerSchema.parse((await get(agent, 'readiness?date=2026-12-01')).json());
    const signals = (answer: Awaited<ReturnType<typeof readiness>>) =>
      Object.fromEntries(answer.signals.map((s) => [s.code, [s.value, s.status]]));

    const ready = await readiness(ctx.ann);
    expect(ready).toMatchObject({ nextCut: { date: '2026-12-04', fromMg: 0.7, toMg: 0.6 }, daysToCut: 3 });
    expect(signals(ready)).toEqual({
      'days-since-last-cut': [11, 'ok'],
      'burden-vs-baseline': [0, 'ok'],
      'trend-7-days': [0, 'ok'],
      'checkin-coverage': [7, 'ok'],
      'questionnaire-band': ['moderate', 'ok'],
      'red-flags-since-last-cut': [0, 'ok'],
      'missed-doses': [0, 'ok'],
    });
    expect(ready.suggestion).toBe('ready');

    // Bob's own red flag and missed dose are his: Ann's answer does not change, and his counts them. (A red-flag event
    // would pause his plan, and with it the cut; a check-in answer that is a red flag does not.)
    await bob.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-27',
      payload: { symptoms: { palpitations: 3 } },
    });
    await post(bob, 'doses', { date: '2026-11-29', takenAt: '2026-11-29T08:00:00Z', doseMg: 0.2 });
    expect(signals(await readiness(ctx.ann))).toEqual(signals(ready));
    const held = await readiness(bob);
    expect(signals(held)).toMatchObject({
      'checkin-coverage': [1, 'caution'],
      'red-flags-since-last-cut': [1, 'stop'],
      'missed-doses': [1, 'stop'],
    });
    expect(held.suggestion).toBe('hold');

    // A check-in answer that is a red flag holds too.
    await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-30',
      payload: { symptoms: { anxiety: 1 }, tags: ['alcohol'] },
    });
    const after = await readiness(ctx.ann);
    expect(signals(after)['red-flags-since-last-cut']).toEqual([1, 'stop']);
    expect(after.suggestion).toBe('hold');
  });

  it('follows cuts with enough check-ins around them into a summary', async () => {
    expect((await putDropsPlan(ctx.ann, START)).statusCode).toBe(200);
    // Cuts every 14 days from 1 September; symptoms rise on days 4-7 after each.
    await checkinsFrom(ctx.ann, '2026-08-18', 105, (i) => {
      const sinceCut = (((i - 14) % 14) + 14) % 14;
      return sinceCut >= 3 && sinceCut <= 6 ? 3 : 1;
    });
    const cuts = CutsAnswerSchema.parse((await get(ctx.ann, 'cuts')).json());
    expect(cuts.summary?.cutsUsed).toBeGreaterThanOrEqual(2);
    expect(cuts.summary?.peakDay).toBeGreaterThanOrEqual(3);
    expect(cuts.summary?.peakDay).toBeLessThanOrEqual(7);
    expect(cuts.cuts.length).toBe(cuts.summary?.cutsUsed);
    expect(cuts.cuts.every((c) => c.baseline >= 0 && c.peak >= c.baseline)).toBe(true);
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
    // Each day's planned dose is the dose of the step (as the plan dates it, the hold included) that holds that day.
    const { plan } = (await ann.request({ url: '/api/v1/plan' })).json<{
      plan: { steps: { start: string; end: string | null; doseMg: number }[] };
    }>();
    const stepOn = (day: string) => plan.steps.find((s) => s.start <= day && (s.end === null || day <= s.end));
    expect(trends.doses.map((d) => d.plannedMg)).toEqual(trends.doses.map((d) => stepOn(d.date)?.doseMg ?? null));
    expect(new Set(trends.doses.map((d) => d.plannedMg)).size).toBeGreaterThan(2);
  });
});
