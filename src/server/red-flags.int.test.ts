/** Red-flag events pause the plan until the person confirms it is safe to go on (docs/adr/0008). */
import { describe, expect, it } from 'vitest';
import { daysBetween, MAX_PLAN_DAYS } from '../core/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, signedInApp, type Agent } from './test-app.js';

// The test clock reads 2026-11-25 12:00 UTC. Diazepam 20 mg, 10 % every 14 days from 16 Nov: 18 mg 16-29 Nov, then 16.2 mg.
const PLAN = {
  medicationId: 'diazepam',
  form: 'liquid',
  currentDoseMg: 20,
  startDate: '2026-11-16',
  strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
  doseTimes: [{ label: 'daily', share: 1 }],
};
const EVENT_ID = '9b2f6c1e-5d3a-4e7b-8c1f-2a6d4e8b0c13';

interface SavedJson {
  plan: { steps: { start: string; end: string | null; doseMg: number; holdDays: number }[] };
  holds: unknown[];
  pauses: {
    eventId: string;
    kind: string;
    since: string;
    confirmedOn: string | null;
    stepIndex: number | null;
    days: number;
  }[];
}

describe.each(TEST_DATABASES)('red-flag pauses on $name', (kind) => {
  // These tests move the clock weeks ahead without using the session in between; a week's idle timeout would end it.
  const ctx = signedInApp(kind, { sessionIdleMinutes: 30 * 24 * 60 });

  const savePlan = (agent: Agent = ctx.ann) => agent.request({ method: 'PUT', url: '/api/v1/plan', payload: PLAN });
  const readPlan = async (agent: Agent = ctx.ann) => (await agent.request({ url: '/api/v1/plan' })).json<SavedJson>();
  const record = (agent: Agent = ctx.ann, id = EVENT_ID, occurredAt = '2026-11-20T09:00:00Z') =>
    agent.request({ method: 'POST', url: '/api/v1/events', payload: { id, kind: 'seizure', occurredAt } });
  const confirm = (agent: Agent = ctx.ann, id = EVENT_ID, csrf = true) =>
    agent.request({ method: 'POST', url: `/api/v1/events/${id}/confirm`, csrf });

  it('lists every red flag with its urgency', async () => {
    const list = (await ctx.t.app.inject({ url: '/api/v1/red-flags' })).json<{
      redFlags: { kind: string; urgency: string }[];
      supplyFlags: { urgency: string }[];
    }>();
    expect(list.redFlags.map((f) => f.kind)).toEqual(
      expect.arrayContaining([
        'hallucinations',
        'confusion',
        'heavy-sedation',
        'opioids-or-alcohol',
        'chest-pain',
        'fall-or-head-injury',
      ]),
    );
    expect(new Set(list.redFlags.map((f) => f.urgency))).toEqual(new Set(['emergency']));
    expect(new Set(list.supplyFlags.map((f) => f.urgency))).toEqual(new Set(['contact-today']));
  });

  it('holds the dose in effect on the event day until confirmed, in the plan, its calendar and adherence', async () => {
    expect((await savePlan()).statusCode).toBe(200);
    const before = await readPlan();
    expect(before.plan.steps[1]?.start).toBe('2026-11-30');
    expect(before.pauses).toEqual([]);
    expect((await record()).statusCode).toBe(201);

    // Read on 1 Dec (UTC): the cut due on 30 Nov has not happened; step 1 lasts through the latest day anywhere
    // (2 Dec, east of UTC), so no screen shows the next cut while the pause is open.
    ctx.t.setNow('2026-12-01T08:00:00.000Z');
    const paused = await readPlan();
    expect(paused.pauses).toEqual([
      { eventId: EVENT_ID, kind: 'seizure', since: '2026-11-20', confirmedOn: null, stepIndex: 0, days: 3 },
    ]);
    expect(paused.plan.steps[0]).toMatchObject({ end: '2026-12-02', doseMg: 18, holdDays: 3 });
    expect(paused.plan.steps[1]?.start).toBe('2026-12-03');
    expect(paused.holds).toEqual([]);
    const ics = (await ctx.ann.request({ url: '/api/v1/plan.ics' })).body;
    expect(ics).toContain('DTSTART;VALUE=DATE:20261203');
    expect(ics).not.toContain('DTSTART;VALUE=DATE:20261130');
    // Adherence plans the held dose for the paused days (whatever its shape: it is being reworked beside this).
    const adherence = (await ctx.ann.request({ url: '/api/v1/adherence?from=2026-11-28&to=2026-12-01' })).json<{
      days: unknown[];
    }>();
    expect(adherence.days.map((d) => /"plannedMg":(\d+(\.\d+)?)/.exec(JSON.stringify(d))?.[1])).toEqual([
      '18',
      '18',
      '18',
      '18',
    ]);

    ctx.t.setNow('2026-12-03T08:00:00.000Z');
    expect((await readPlan()).plan.steps[1]?.start).toBe('2026-12-05');

    // The next day it is still paused: the next cut moves on with the days.
    ctx.t.setNow('2026-12-04T08:00:00.000Z');
    expect((await readPlan()).plan.steps[1]?.start).toBe('2026-12-06');

    // Confirmed on 4 Dec: the pause ends that day, and stays ended whenever the plan is read.
    const confirmed = await confirm();
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ id: EVENT_ID, confirmedAt: '2026-12-04T08:00:00.000Z' });
    ctx.t.setNow('2026-12-20T08:00:00.000Z');
    const goingOn = await readPlan();
    expect(goingOn.pauses).toEqual([
      { eventId: EVENT_ID, kind: 'seizure', since: '2026-11-20', confirmedOn: '2026-12-04', stepIndex: 0, days: 5 },
    ]);
    expect(goingOn.plan.steps[1]?.start).toBe('2026-12-05');
  });

  it('confirms once: a repeat keeps the first confirmation', async () => {
    await record();
    const first = await confirm();
    ctx.t.setNow('2026-11-28T08:00:00.000Z');
    const again = await confirm();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(first.json()).toMatchObject({ confirmedAt: '2026-11-25T12:00:00.000Z' });
    expect((await ctx.ann.request({ url: '/api/v1/events' })).json()).toEqual({ events: [first.json()] });
  });

  it('answers 404 for another person’s event or an unknown id, and changes nothing', async () => {
    await savePlan();
    await record();
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    await savePlan(bob);
    expect((await confirm(bob)).statusCode).toBe(404);
    expect((await confirm(bob)).json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await confirm(ctx.ann, 'no-such-event')).statusCode).toBe(404);
    ctx.t.setNow('2026-12-03T08:00:00.000Z');
    expect((await readPlan()).pauses[0]?.confirmedOn).toBeNull();
    // Ann's event pauses Ann's plan only.
    expect((await readPlan(bob)).pauses).toEqual([]);
    expect((await readPlan(bob)).plan.steps[1]?.start).toBe('2026-11-30');
  });

  it('undoes an event recorded by mistake: the pause goes with it; another person’s id is 404 like a missing one', async () => {
    const remove = (agent: Agent = ctx.ann, id = EVENT_ID, csrf = true) =>
      agent.request({ method: 'DELETE', url: `/api/v1/events/${id}`, csrf });
    await savePlan();
    expect((await record()).statusCode).toBe(201);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    const bobs = await remove(bob);
    expect(bobs.statusCode).toBe(404);
    expect(bobs.json()).toEqual((await remove(ctx.ann, 'no-such-event')).json());
    expect((await remove(ctx.ann, EVENT_ID, false)).statusCode).toBe(403);
    expect(
      (await createAgent(ctx.t.app).request({ method: 'DELETE', url: `/api/v1/events/${EVENT_ID}` })).statusCode,
    ).toBe(401);
    ctx.t.setNow('2026-12-01T08:00:00.000Z');
    expect((await readPlan()).pauses).toHaveLength(1);

    expect((await remove()).statusCode).toBe(204);
    expect((await ctx.ann.request({ url: '/api/v1/events' })).json()).toEqual({ events: [] });
    const unpaused = await readPlan();
    expect(unpaused.pauses).toEqual([]);
    expect(unpaused.plan.steps[1]?.start).toBe('2026-11-30');
    // A replay of the undo (its reply was lost) finds nothing to remove.
    expect((await remove()).statusCode).toBe(404);
  });

  it('refuses a confirmation without the CSRF token or a session', async () => {
    await record();
    const forged = await confirm(ctx.ann, EVENT_ID, false);
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    expect(
      (await createAgent(ctx.t.app).request({ method: 'POST', url: `/api/v1/events/${EVENT_ID}/confirm` })).statusCode,
    ).toBe(401);
    const [event] = (await ctx.ann.request({ url: '/api/v1/events' })).json<{
      events: { confirmedAt: string | null }[];
    }>().events;
    expect(event?.confirmedAt).toBeNull();
  });

  it('counts an event from the person’s own day, as their device wrote it', async () => {
    await savePlan();
    // 8 pm on 29 Nov in New York is already 30 Nov in UTC, the day of the next cut: that cut waits.
    await record(ctx.ann, EVENT_ID, '2026-11-29T20:00:00-05:00');
    ctx.t.setNow('2026-11-30T12:00:00.000Z');
    const saved = await readPlan();
    expect(saved.pauses[0]).toMatchObject({ since: '2026-11-29', stepIndex: 0, days: 2 });
    expect(saved.plan.steps[1]?.start).toBe('2026-12-02');
  });

  it('moves the start of a plan that has not begun yet', async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: { ...PLAN, startDate: '2026-11-27' } });
    await record(ctx.ann, EVENT_ID, '2026-11-25T09:00:00Z');
    ctx.t.setNow('2026-11-29T08:00:00.000Z');
    const saved = await readPlan();
    expect(saved.pauses[0]).toMatchObject({ stepIndex: null, days: 4 });
    expect(saved.plan.steps[0]?.start).toBe('2026-12-01');
  });

  it('gives each medication the dose above which a prescriber’s plan is needed', async () => {
    const { medications } = (await ctx.t.app.inject({ url: '/api/v1/medications' })).json<{
      medications: { id: string; usualRangeLimitMg: number | null }[];
    }>();
    expect(medications.find((m) => m.id === 'diazepam')?.usualRangeLimitMg).toBe(40);
    expect(medications.find((m) => m.id === 'clonazepam')?.usualRangeLimitMg).toBe(2);
  });

  it('says to contact a clinician for a severe CIWA-B result', async () => {
    const answers = Array.from({ length: 20 }, (_, i) => (i < 11 ? 4 : 0));
    const response = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/assessments',
      payload: { instrument: 'ciwa-b', date: '2026-11-25', answers },
    });
    expect(response.json()).toMatchObject({ score: 44, band: 'severe', contactClinician: true });
    const { instruments } = (await ctx.t.app.inject({ url: '/api/v1/instruments' })).json<{
      instruments: { id: string; bands: { id: string; contactClinician: boolean }[] | null }[];
    }>();
    const bands = instruments.find((i) => i.id === 'ciwa-b')?.bands ?? [];
    expect(bands.filter((b) => b.contactClinician).map((b) => b.id)).toEqual(['severe', 'very-severe']);
  });
});

describe.each(TEST_DATABASES)('a long plan paused by a red flag on $name', (kind) => {
  // The clock moves half a year without the session being used; neither timeout may end it meanwhile.
  const ctx = signedInApp(kind, { sessionIdleMinutes: 365 * 24 * 60, sessionMaxDays: 365 });
  // 20 mg in 0.3 mg cuts every 56 days: its final step starts 3,640 days in, 13 days short of the ten-year limit.
  const NEARLY_TEN_YEARS = { ...PLAN, strategy: { kind: 'linear', stepMg: 0.3, intervalDays: 56 } };

  it('a red-flag-paused plan that becomes longer than ten years stays readable and paused', async () => {
    expect((await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: NEARLY_TEN_YEARS })).statusCode).toBe(
      200,
    );
    const record = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { id: EVENT_ID, kind: 'seizure', occurredAt: '2026-11-20T09:00:00Z' },
    });
    expect(record.statusCode).toBe(201);
    // Unconfirmed for half a year: the pause pushes the final step past the ten-year limit.
    ctx.t.setNow('2027-05-25T08:00:00.000Z');
    const read = await ctx.ann.request({ url: '/api/v1/plan' });
    expect(read.statusCode).toBe(200);
    const saved = read.json<SavedJson>();
    expect(saved.pauses).toMatchObject([{ eventId: EVENT_ID, confirmedOn: null, stepIndex: 0 }]);
    expect(saved.plan.steps[0]).toMatchObject({ end: '2027-05-26', doseMg: 19.7 });
    expect(daysBetween(PLAN.startDate, saved.plan.steps.at(-1)?.start ?? PLAN.startDate)).toBeGreaterThan(
      MAX_PLAN_DAYS,
    );
    for (const url of [
      '/api/v1/plan.ics',
      '/api/v1/adherence?from=2027-05-01&to=2027-05-25',
      '/api/v1/assessments/prompt',
    ]) {
      expect((await ctx.ann.request({ url })).statusCode, url).toBe(200);
    }
  });
});
