import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MAX_HOLDS_PER_PLAN } from '../core/index.js';
import { createStore } from '../storage/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, signedInApp } from './test-app.js';

const body = {
  medicationId: 'clonazepam',
  form: 'liquid',
  currentDoseMg: 2,
  startDate: '2026-11-30',
  strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
  doseTimes: [
    { label: 'morning', share: 0.5 },
    { label: 'night', share: 0.5 },
  ],
};

interface PlanJson {
  steps: { index: number; start: string; end: string | null; doseMg: number; holdDays: number; kind: string }[];
  warnings: { code: string }[];
}
interface SavedJson {
  revision: number;
  plan: PlanJson;
  holds: { stepIndex: number; days: number; reason: string }[];
  revisions: { revision: number }[];
}

describe.each(TEST_DATABASES)('plans API on $name', (kind) => {
  const ctx = signedInApp(kind);

  const preview = (payload: unknown) =>
    ctx.ann.request({ method: 'POST', url: '/api/v1/plans/preview', payload: payload as object });

  it('lists medications with both published equivalents and their sources', async () => {
    const { medications } = (await ctx.t.app.inject({ url: '/api/v1/medications' })).json<{
      medications: {
        id: string;
        equivalents: { table: string; mgLow: number; sources: string[] }[];
        diazepamRatio: { low: number; high: number };
      }[];
    }>();
    const clonazepam = medications.find((m) => m.id === 'clonazepam');
    expect(clonazepam?.equivalents.map((e) => [e.table, e.mgLow])).toEqual([
      ['ashton', 0.5],
      ['va-dod', 1],
    ]);
    expect(clonazepam?.diazepamRatio).toEqual({ low: 10, high: 20 });
    expect(medications.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'diazepam',
        'alprazolam',
        'lorazepam',
        'oxazepam',
        'chlordiazepoxide',
        'temazepam',
        'nitrazepam',
      ]),
    );
  });

  it('previews a plan without storing anything', async () => {
    const response = await preview(body);
    expect(response.statusCode).toBe(200);
    const plan = response.json<PlanJson>();
    expect(plan.steps[0]).toMatchObject({ start: '2026-11-30', end: '2026-12-13', doseMg: 1.8 });
    expect(plan.steps.at(-1)).toMatchObject({ kind: 'stop', doseMg: 0, end: null });
    expect(plan.warnings.map((w) => w.code)).toContain('home_mixture');
    expect((await ctx.ann.request({ url: '/api/v1/plan' })).statusCode).toBe(404);
  });

  it.each<[string, unknown, string]>([
    ['an unknown drug', { ...body, medicationId: 'xanaxx' }, 'medicationId'],
    ['a negative dose', { ...body, currentDoseMg: -1 }, 'currentDoseMg'],
    ['a 0% cut', { ...body, strategy: { kind: 'proportional', percent: 0, intervalDays: 14 } }, 'strategy.percent'],
    [
      'an interval of 500 days',
      { ...body, strategy: { kind: 'proportional', percent: 10, intervalDays: 500 } },
      'strategy.intervalDays',
    ],
    ['an impossible start date', { ...body, startDate: '2026-02-30' }, 'startDate'],
    ['an unknown field', { ...body, speed: 'fast' }, 'speed'],
  ])('rejects %s naming the field', async (_label, payload, field) => {
    const response = await preview(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_input', field } });
  });

  it('refuses an abrupt stop with 422 abrupt_stop, and stores nothing', async () => {
    const abrupt = { ...body, strategy: { kind: 'custom', steps: [{ doseMg: 0, days: 1 }] } };
    const response = await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: abrupt });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      error: { code: 'abrupt_stop', message: expect.stringMatching(/seizures/) },
    });
    expect((await ctx.ann.request({ url: '/api/v1/plan' })).statusCode).toBe(404);
  });

  it.each<[string, unknown, string, string]>([
    [
      'a crossover ratio outside the published range',
      { ...body, strategy: { kind: 'crossover', diazepamMgPerMg: 0.5 } },
      'equivalence_out_of_range',
      'strategy.diazepamMgPerMg',
    ],
    ['a floor above the final-stop limit', { ...body, floorMg: 1.5 }, 'floor_too_high', 'floorMg'],
    [
      'custom cuts of a third',
      {
        ...body,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 1.5, days: 14 },
            { doseMg: 1, days: 14 },
          ],
        },
        endpointMg: 1,
      },
      'too_fast',
      'strategy.steps.1.doseMg',
    ],
    [
      'a stop from 0.25 mg, the smallest tablet',
      { ...body, form: 'tablet', currentDoseMg: 0.25, strategy: { kind: 'custom', steps: [{ doseMg: 0, days: 1 }] } },
      'abrupt_stop',
      'strategy.steps.0.doseMg',
    ],
  ])('refuses %s with 422 and its code, storing nothing', async (_label, payload, code, field) => {
    const response = await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: payload as object });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code, field } });
    expect((await ctx.ann.request({ url: '/api/v1/plan' })).statusCode).toBe(404);
  });

  it('records a faster pace chosen with a prescriber with the revision, on the plan and in the calendar', async () => {
    const faster = {
      ...body,
      form: 'tablet',
      strategy: { kind: 'linear', stepMg: 0.5, intervalDays: 7 },
      pace: 'prescriber-faster',
    };
    const saved = (await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: faster })).json<
      SavedJson & { input: { pace: string }; plan: { pace: string } }
    >();
    expect(saved.input.pace).toBe('prescriber-faster');
    expect(saved.plan.pace).toBe('prescriber-faster');
    expect(saved.plan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['faster_pace_chosen', 'too_fast']));
    const ics = (await ctx.ann.request({ url: '/api/v1/plan.ics' })).body;
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/faster pace, chosen with prescriber/);
    for (const event of calendar.getAllSubcomponents('vevent').slice(0, 3))
      expect(String(event.getFirstPropertyValue('description'))).toMatch(/Pace: faster than the guideline/);
    // The next save without the choice is at the guideline pace again: the choice never becomes a default.
    const next = (
      await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: { ...faster, pace: undefined } })
    ).json<SavedJson & { input: { pace: string }; plan: { pace: string } }>();
    expect([next.input.pace, next.plan.pace]).toEqual(['guideline', 'guideline']);
    expect(next.plan.warnings.map((w) => w.code)).not.toContain('too_fast');
  });

  it('saves revisions without overwriting, and holds shift later steps', async () => {
    const first = await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: body });
    expect(first.statusCode).toBe(200);
    expect(first.json<SavedJson>().revision).toBe(1);
    const slower = { ...body, strategy: { kind: 'proportional', percent: 5, intervalDays: 21 } };
    const second = (await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: slower })).json<SavedJson>();
    expect(second.revision).toBe(2);
    expect(second.revisions.map((r) => r.revision)).toEqual([2, 1]);

    const before = second.plan.steps;
    const held = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/plan/holds',
      payload: { stepIndex: 1, days: 14, reason: 'jerks at night' },
    });
    expect(held.statusCode).toBe(201);
    const after = held.json<SavedJson>();
    expect(after.holds).toMatchObject([{ stepIndex: 1, days: 14, reason: 'jerks at night' }]);
    expect(after.plan.steps[0]).toEqual(before[0]);
    expect(after.plan.steps[1]?.holdDays).toBe(14);
    expect(after.plan.steps[2]?.start).toBe(addDaysIso(before[2]?.start ?? '', 14));
    expect(after.plan.steps.map((s) => s.doseMg)).toEqual(before.map((s) => s.doseMg));
    expect((await ctx.ann.request({ url: '/api/v1/plan' })).json<SavedJson>().plan.steps[2]?.start).toBe(
      after.plan.steps[2]?.start,
    );
  });

  it('refuses a hold on a step already over, or on the final step', async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: { ...body, startDate: '2026-01-05' } });
    const past = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/plan/holds',
      payload: { stepIndex: 0, days: 7, reason: 'x' },
    });
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ error: { code: 'invalid_plan', field: 'stepIndex' } });
    const missingReason = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/plan/holds',
      payload: { stepIndex: 20, days: 7, reason: ' ' },
    });
    expect(missingReason.statusCode).toBe(400);
  });

  it('keeps at most MAX_HOLDS_PER_PLAN holds on one plan and refuses the next, storing nothing (finding: holds were capped only when read)', async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: body });
    const hold = () =>
      ctx.ann.request({
        method: 'POST',
        url: '/api/v1/plan/holds',
        payload: { stepIndex: 1, days: 1, reason: 'tired' },
      });
    // All but the last straight into the store (a request each would recompute the plan a hundred times).
    const { id: annId } = (await ctx.ann.request({ url: '/api/v1/auth/me' })).json<{ id: string }>();
    const store = createStore(ctx.t.database.db);
    const revision = await store.plans.latest(annId);
    if (!revision) throw new Error('no plan');
    for (let i = 1; i < MAX_HOLDS_PER_PLAN; i++)
      await store.plans.addHold(revision.id, `hold-${i}`, {
        stepIndex: 1,
        days: 1,
        reason: 'tired',
        createdAt: '2026-11-25T12:00:00.000Z',
      });
    expect((await hold()).statusCode).toBe(201);
    const refused = await hold();
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'too_many_holds' } });
    const saved = (await ctx.ann.request({ url: '/api/v1/plan' })).json<SavedJson>();
    expect(saved.holds).toHaveLength(MAX_HOLDS_PER_PLAN);
    // A new plan starts afresh.
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: body });
    expect((await hold()).statusCode).toBe(201);
  });

  it('keeps plans private to their owner', async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: body });
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await bob.request({ url: '/api/v1/plan' })).statusCode).toBe(404);
    expect((await bob.request({ url: '/api/v1/plan.ics' })).statusCode).toBe(404);
    expect(
      (
        await bob.request({
          method: 'POST',
          url: '/api/v1/plan/holds',
          payload: { stepIndex: 1, days: 7, reason: 'x' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('exports the plan as an iCalendar file that a real parser reads', async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: body });
    const response = await ctx.ann.request({ url: '/api/v1/plan.ics?reminder=true&reminderTime=08:30' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(response.body) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const plan = (await ctx.ann.request({ url: '/api/v1/plan' })).json<SavedJson>().plan;
    const doseChanges = events.filter((e) => !e.isRecurring());
    // The year from today (2026-11-25) by default: a bounded file (issue #9).
    expect(doseChanges).toHaveLength(plan.steps.filter((s) => s.start <= '2027-11-25').length);
    expect(plan.steps.some((s) => s.start > '2027-11-25')).toBe(true);
    expect(doseChanges[0]?.startDate.toString()).toBe('2026-11-30');
    expect(doseChanges[0]?.startDate.isDate).toBe(true);
    expect(doseChanges[0]?.summary).toBe('Taper: new daily dose 1.8 mg Clonazepam');
    expect(doseChanges[0]?.description).toMatch(/stir one 0\.25 mg tablet into 100 mL of water/);
    const daily = events.find((e) => e.isRecurring());
    expect(daily?.startDate.toString()).toBe('2026-11-30T08:30:00');
    const next = daily?.iterator();
    next?.next();
    expect(next?.next().toString()).toBe('2026-12-01T08:30:00');
    expect(daily?.component.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('serves daily check-in and dose-time reminders as repeating calendar alarms', async () => {
    const response = await ctx.t.app.inject({ url: '/api/v1/reminders.ics?checkinTime=20:30&doseTimes=08:00,21:00' });
    expect(response.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(response.body) as unknown[])
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Taper: daily check-in', '2026-11-25T20:30:00'],
      ['Taper: dose time (08:00)', '2026-11-25T08:00:00'],
      ['Taper: dose time (21:00)', '2026-11-25T21:00:00'],
    ]);
    for (const event of events) {
      expect(event.isRecurring()).toBe(true);
      expect(event.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
    }
    const it = events[0]?.iterator();
    it?.next();
    expect(it?.next().toString()).toBe('2026-11-26T20:30:00');
    const bad = await ctx.t.app.inject({ url: '/api/v1/reminders.ics?doseTimes=8am' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { field: 'doseTimes.0' } });
  });
});

function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
