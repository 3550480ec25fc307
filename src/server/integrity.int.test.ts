import { describe, expect, it } from 'vitest';
import { createStore } from '../storage/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { signedInApp } from './test-app.js';

const planBody = {
  medicationId: 'clonazepam',
  form: 'liquid',
  currentDoseMg: 2,
  startDate: '2026-11-30',
  strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
};

interface SavedJson {
  plan: { steps: { index: number; holdDays: number }[]; durationDays: number };
  holds: { stepIndex: number; days: number }[];
  ignoredHolds: { stepIndex: number; days: number; reason: string; code: string }[];
}

const READERS = ['/api/v1/plan', '/api/v1/plan.ics', '/api/v1/adherence', '/api/v1/assessments/prompt'] as const;

describe.each(TEST_DATABASES)('nothing stored on a refusal, nothing left on a deletion, on $name', (kind) => {
  const ctx = signedInApp(kind);
  const hold = (days: number, reason = 'not yet') =>
    ctx.ann.request({ method: 'POST', url: '/api/v1/plan/holds', payload: { stepIndex: 1, days, reason } });
  const userId = async () => (await ctx.ann.request({ url: '/api/v1/auth/me' })).json<{ id: string }>().id;

  it('a hold refused as plan_too_long is not stored: GET /plan, plan.ics, adherence and prompts still answer', async () => {
    expect((await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: planBody })).statusCode).toBe(200);
    let accepted = 0;
    let refused: { statusCode: number; json: () => unknown } | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const response = await hold(180, `hold ${String(i)}`);
      if (response.statusCode === 201) accepted++;
      else refused = response;
    }
    expect(refused?.statusCode).toBe(422);
    expect(refused?.json()).toMatchObject({ error: { code: 'plan_too_long', field: 'days' } });
    expect(accepted).toBeGreaterThan(5);
    for (const url of READERS) expect((await ctx.ann.request({ url })).statusCode, url).toBe(200);
    const saved = (await ctx.ann.request({ url: '/api/v1/plan' })).json<SavedJson>();
    expect(saved.holds).toHaveLength(accepted);
    expect(saved.ignoredHolds).toEqual([]);
    expect(saved.plan.steps[1]?.holdDays).toBe(180 * accepted);
  });

  it('a refused hold stored by an older version is left out and named, and later holds still apply', async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: planBody });
    expect((await hold(30, 'first')).statusCode).toBe(201);
    // What the old hold route did: store a hold the planner refuses (here 4000 days, beyond ten years).
    const store = createStore(ctx.t.database.db);
    const revision = await store.plans.latest(await userId());
    await store.plans.addHold(revision?.id ?? '', 'old-bad-hold', {
      stepIndex: 1,
      days: 4000,
      reason: 'stored by an old version',
      createdAt: '2026-11-25T12:30:00.000Z',
    });
    ctx.t.setNow('2026-11-25T13:00:00.000Z');

    for (const url of READERS) expect((await ctx.ann.request({ url })).statusCode, url).toBe(200);
    const shown = (await ctx.ann.request({ url: '/api/v1/plan' })).json<SavedJson>();
    expect(shown.holds).toMatchObject([{ stepIndex: 1, days: 30 }]);
    expect(shown.ignoredHolds).toEqual([
      {
        stepIndex: 1,
        days: 4000,
        reason: 'stored by an old version',
        createdAt: '2026-11-25T12:30:00.000Z',
        code: 'plan_too_long',
      },
    ]);
    expect(shown.plan.steps[1]?.holdDays).toBe(30);

    const later = await hold(14, 'after the bad one');
    expect(later.statusCode, later.body).toBe(201);
    const after = later.json<SavedJson>();
    expect(after.holds.map((h) => h.days)).toEqual([30, 14]);
    expect(after.ignoredHolds.map((h) => h.days)).toEqual([4000]);
    expect(after.plan.steps[1]?.holdDays).toBe(44);
  });

  it("a saved revision that today's rules refuse leaves adherence and questionnaire prompts answering without a plan", async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: planBody });
    const store = createStore(ctx.t.database.db);
    // A request no current rule accepts (a stop from 2 mg), as if saved under older rules.
    await store.plans.saveRevision(
      await userId(),
      'old-revision',
      { ...planBody, strategy: { kind: 'custom', steps: [{ doseMg: 0, days: 1 }] } },
      '2026-11-25T12:30:00.000Z',
    );
    const plan = await ctx.ann.request({ url: '/api/v1/plan' });
    expect(plan.statusCode).toBe(422);
    expect(plan.json()).toMatchObject({ error: { code: 'abrupt_stop' } });
    const adherence = await ctx.ann.request({ url: '/api/v1/adherence' });
    expect(adherence.statusCode).toBe(200);
    expect(
      adherence
        .json<{ days: { status: string }[] }>()
        .days.every((d) => d.status === 'no-plan' || d.status === 'not-recorded'),
    ).toBe(true);
    expect((await ctx.ann.request({ url: '/api/v1/assessments/prompt' })).statusCode).toBe(200);
  });

  it("a saved request that today's schema refuses answers 422 invalid_plan on GET /plan, never a 500, and adherence still answers", async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: planBody });
    const store = createStore(ctx.t.database.db);
    await store.plans.saveRevision(
      await userId(),
      'loose-revision',
      { ...planBody, strategy: { kind: 'proportional', percent: 50, intervalDays: 14 } },
      '2026-11-25T12:30:00.000Z',
    );
    const plan = await ctx.ann.request({ url: '/api/v1/plan' });
    expect(plan.statusCode).toBe(422);
    expect(plan.json()).toMatchObject({ error: { code: 'invalid_plan', field: 'strategy.percent' } });
    expect((await ctx.ann.request({ url: '/api/v1/plan.ics' })).statusCode).toBe(422);
    expect((await ctx.ann.request({ url: '/api/v1/adherence' })).statusCode).toBe(200);
    expect((await ctx.ann.request({ url: '/api/v1/assessments/prompt' })).statusCode).toBe(200);
    // A new save replaces it.
    expect((await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: planBody })).statusCode).toBe(200);
  });

  it('a plan saved during a red-flag pause that makes it longer than ten years is saved, and shown paused', async () => {
    // 17 steps of 200 days: 3,200 days, within ten years until a pause holds the first step two years.
    const long = {
      ...planBody,
      endpointMg: 0.3,
      strategy: {
        kind: 'custom',
        steps: Array.from({ length: 17 }, (_v, i) => ({ doseMg: Number((1.9 - i * 0.1).toFixed(1)), days: 200 })),
      },
    };
    expect(
      (
        await ctx.ann.request({
          method: 'POST',
          url: '/api/v1/events',
          payload: { kind: 'seizure', occurredAt: '2026-12-01T10:00:00Z' },
        })
      ).statusCode,
    ).toBe(201);
    ctx.t.setNow('2029-01-01T12:00:00.000Z');
    await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ann@example.org', password: 'correct horse battery' },
    });
    expect((await ctx.ann.request({ method: 'POST', url: '/api/v1/plans/preview', payload: long })).statusCode).toBe(
      200,
    );
    // The plan is within ten years; the pause is the person's safety, never a reason to refuse (planTaper's pauseHolds).
    expect((await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: long })).statusCode).toBe(200);
    const read = await ctx.ann.request({ url: '/api/v1/plan' });
    expect(read.statusCode).toBe(200);
    const saved = read.json<{ pauses: { confirmedOn: string | null }[]; plan: { steps: { start: string }[] } }>();
    expect(saved.pauses).toMatchObject([{ confirmedOn: null }]);
    expect(saved.plan.steps.every((s) => s.start > '2029-01-02' || s === saved.plan.steps[0])).toBe(true);
  });

  it('deleting a check-in deletes its earlier versions, private notes included', async () => {
    const url = '/api/v1/checkins/2026-11-24';
    await ctx.ann.request({
      method: 'PUT',
      url,
      payload: { note: 'private, first', editedAt: '2026-11-24T07:00:00Z' },
    });
    await ctx.ann.request({
      method: 'PUT',
      url,
      payload: { note: 'private, second', editedAt: '2026-11-24T08:00:00Z' },
    });
    expect((await ctx.ann.request({ url: `${url}/versions` })).json<{ versions: unknown[] }>().versions).toHaveLength(
      1,
    );
    expect((await ctx.ann.request({ method: 'DELETE', url })).statusCode).toBe(204);
    expect((await ctx.ann.request({ url: `${url}/versions` })).json()).toEqual({ versions: [] });
    const rows = await ctx.t.database.db.selectFrom('checkin_versions').select('record').execute();
    expect(rows).toEqual([]);
  });
});
