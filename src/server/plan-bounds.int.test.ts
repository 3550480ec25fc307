/** Issue #9: plan computation needs a session and is bounded; the plan's lists and calendar are bounded too. */
import { describe, expect, it } from 'vitest';
import { MAX_REVISIONS_LISTED, MAX_VERSIONS_LISTED } from '../storage/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, signedInApp } from './test-app.js';

const six = ['morning', 'late morning', 'midday', 'afternoon', 'evening', 'night'].map((label) => ({
  label,
  share: 1 / 6,
}));
/** The finding: 161 ms for one anonymous preview (1999 steps at six dose-times). */
const costly = {
  medicationId: 'diazepam',
  currentDoseMg: 999.5,
  startDate: '2026-11-30',
  strategy: { kind: 'linear', stepMg: 0.5, intervalDays: 1 },
  doseTimes: six,
};
const ordinary = {
  medicationId: 'clonazepam',
  form: 'liquid',
  currentDoseMg: 2,
  startDate: '2026-11-30',
  strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
};

describe.each(TEST_DATABASES)('bounded plans on $name', (kind) => {
  const ctx = signedInApp(kind);

  it('a preview without a session is refused with 401, and costs no plan', async () => {
    const stranger = createAgent(ctx.t.app, '10.0.0.9');
    const response = await stranger.request({ method: 'POST', url: '/api/v1/plans/preview', payload: ordinary });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(
      (await ctx.ann.request({ method: 'POST', url: '/api/v1/plans/preview', payload: ordinary })).statusCode,
    ).toBe(200);
  });

  it('the costly preview (999.5 mg in 0.5 mg steps at six dose-times) is refused with 422 plan_too_long on `strategy`', async () => {
    const response = await ctx.ann.request({ method: 'POST', url: '/api/v1/plans/preview', payload: costly });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'plan_too_long', field: 'strategy' } });
  });

  it('saving the costly plan is refused and the saved plan stays as it was', async () => {
    expect((await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: ordinary })).statusCode).toBe(200);
    expect((await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: costly })).statusCode).toBe(422);
    const saved = (await ctx.ann.request({ url: '/api/v1/plan' })).json<{
      revision: number;
      input: { medicationId: string };
    }>();
    expect([saved.revision, saved.input.medicationId]).toEqual([1, 'clonazepam']);
  });

  it('GET /plan lists the newest 50 revisions of a long history', async () => {
    for (let i = 0; i < MAX_REVISIONS_LISTED + 2; i++) {
      const percent = 5 + (i % 5);
      expect(
        (
          await ctx.ann.request({
            method: 'PUT',
            url: '/api/v1/plan',
            payload: { ...ordinary, strategy: { ...ordinary.strategy, percent } },
          })
        ).statusCode,
      ).toBe(200);
    }
    const saved = (await ctx.ann.request({ url: '/api/v1/plan' })).json<{
      revision: number;
      revisions: { revision: number; strategy: string }[];
    }>();
    expect(saved.revision).toBe(MAX_REVISIONS_LISTED + 2);
    expect(saved.revisions).toHaveLength(MAX_REVISIONS_LISTED);
    expect(saved.revisions.map((r) => r.revision)).toEqual(
      Array.from({ length: MAX_REVISIONS_LISTED }, (_, i) => MAX_REVISIONS_LISTED + 2 - i),
    );
    expect(saved.revisions[0]?.strategy).toBe('proportional');
  });

  it('plan.ics over more than 366 days is refused with range_too_long on `to`; by default it holds the year from today', async () => {
    await ctx.ann.request({ method: 'PUT', url: '/api/v1/plan', payload: ordinary });
    const longer = await ctx.ann.request({ url: '/api/v1/plan.ics?from=1900-01-01&to=2999-12-31' });
    expect(longer.statusCode).toBe(400);
    expect(longer.json()).toMatchObject({ error: { code: 'range_too_long', field: 'to' } });
    const plan = (await ctx.ann.request({ url: '/api/v1/plan' })).json<{ plan: { steps: { start: string }[] } }>().plan;
    const starts = (ics: string) => [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
    const compact = (date: string) => date.replaceAll('-', '');
    const year = starts((await ctx.ann.request({ url: '/api/v1/plan.ics' })).body);
    expect(year).toEqual(plan.steps.filter((s) => s.start <= '2027-11-25').map((s) => compact(s.start)));
    const later = starts((await ctx.ann.request({ url: '/api/v1/plan.ics?from=2027-11-26' })).body);
    expect(later).toEqual(
      plan.steps.filter((s) => s.start >= '2027-11-26' && s.start <= '2028-11-25').map((s) => compact(s.start)),
    );
    expect(later.length).toBeGreaterThan(0);
  });

  it('a day edited again and again lists its newest 100 versions', async () => {
    for (let v = 0; v <= MAX_VERSIONS_LISTED + 1; v++) {
      const editedAt = new Date(Date.parse('2026-11-24T10:00:00Z') + v * 60_000).toISOString();
      const put = await ctx.ann.request({
        method: 'PUT',
        url: '/api/v1/checkins/2026-11-24',
        payload: { note: `edit ${String(v)}`, editedAt },
      });
      expect(put.statusCode).toBe(200);
    }
    const { versions } = (await ctx.ann.request({ url: '/api/v1/checkins/2026-11-24/versions' })).json<{
      versions: { note: string }[];
    }>();
    expect(versions).toHaveLength(MAX_VERSIONS_LISTED);
    expect(versions[0]?.note).toBe(`edit ${String(MAX_VERSIONS_LISTED)}`);
    expect(versions.at(-1)?.note).toBe('edit 1');
  });
});
