/** Issue #9: every range a request reads is bounded (at most 366 days), and a range left open gets a bounded default. */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../core/index.js';
import { createStore, MAX_LIST_ROWS, type Store } from '../storage/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { signedInApp } from './test-app.js';

const ciwa = Array.from({ length: 20 }, () => 0);
const NOW = '2026-11-25T12:00:00.000Z';
const RANGE_ROUTES = ['/api/v1/checkins', '/api/v1/doses', '/api/v1/adherence', '/api/v1/assessments'] as const;

interface ErrorJson {
  error: { code: string; field?: string };
}

describe.each(TEST_DATABASES)('bounded ranges on $name', (kind) => {
  const ctx = signedInApp(kind);
  const get = (url: string) => ctx.ann.request({ url });

  /** The test clock is 2026-11-25: tomorrow is 2026-11-26, and the default year starts 2025-11-26. */
  async function recordOn(date: string, n: number): Promise<void> {
    const uuid = `3f2504e0-4f89-41d3-9a0c-0305e82c33${String(n).padStart(2, '0')}`;
    expect(
      (await ctx.ann.request({ method: 'PUT', url: `/api/v1/checkins/${date}`, payload: { note: date } })).statusCode,
    ).toBe(200);
    const dose = { id: uuid, date, takenAt: `${date}T08:00:00Z`, doseMg: 1 };
    expect((await ctx.ann.request({ method: 'POST', url: '/api/v1/doses', payload: dose })).statusCode).toBe(201);
    const assessment = { id: uuid, instrument: 'ciwa-b', date, answers: ciwa };
    expect(
      (await ctx.ann.request({ method: 'POST', url: '/api/v1/assessments', payload: assessment })).statusCode,
    ).toBe(201);
  }

  // The finding: GET /api/v1/adherence?from=1900-01-01&to=2999-12-31 took 9 s and 33 MB.
  it.each(RANGE_ROUTES)('%s over 1900–2999 is refused with range_too_long on `to`', async (route) => {
    const response = await get(`${route}?from=1900-01-01&to=2999-12-31`);
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error).toMatchObject({ code: 'range_too_long', field: 'to' });
  });

  it.each(RANGE_ROUTES)('%s with only `from` in 1900 is refused with range_too_long on `from`', async (route) => {
    const response = await get(`${route}?from=1900-01-01`);
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error).toMatchObject({ code: 'range_too_long', field: 'from' });
  });

  it.each(RANGE_ROUTES)('%s answers 366 days and refuses 367', async (route) => {
    expect((await get(`${route}?from=2025-11-26&to=2026-11-26`)).statusCode).toBe(200);
    const longer = await get(`${route}?from=2025-11-25&to=2026-11-26`);
    expect(longer.statusCode).toBe(400);
    expect(longer.json<ErrorJson>().error).toMatchObject({ code: 'range_too_long', field: 'to' });
  });

  it('with no range, lists answer the year ending tomorrow and nothing older', async () => {
    await recordOn('2025-11-25', 1);
    await recordOn('2025-11-26', 2);
    await recordOn('2026-11-26', 3);
    const checkins = (await get('/api/v1/checkins')).json<{ checkins: { date: string }[] }>().checkins;
    expect(checkins.map((c) => c.date)).toEqual(['2026-11-26', '2025-11-26']);
    const doses = (await get('/api/v1/doses')).json<{ doses: { date: string }[] }>().doses;
    expect(doses.map((d) => d.date)).toEqual(['2025-11-26', '2026-11-26']);
    const assessments = (await get('/api/v1/assessments')).json<{ assessments: { date: string }[] }>().assessments;
    expect(assessments.map((a) => a.date)).toEqual(['2026-11-26', '2025-11-26']);
    // The older records are still there: a bounded read hides nothing that a range asking for it cannot find.
    expect(
      (await get('/api/v1/checkins?to=2025-11-25'))
        .json<{ checkins: { date: string }[] }>()
        .checkins.map((c) => c.date),
    ).toEqual(['2025-11-25']);
  });

  it('adherence with no range answers the two weeks ending today; with only `to`, the two weeks ending then', async () => {
    const open = (await get('/api/v1/adherence')).json<{ from: string; to: string; days: unknown[] }>();
    expect([open.from, open.to, open.days.length]).toEqual(['2026-11-12', '2026-11-25', 14]);
    const ending = (await get('/api/v1/adherence?to=2026-01-14')).json<{ from: string; to: string; days: unknown[] }>();
    expect([ending.from, ending.to, ending.days.length]).toEqual(['2026-01-01', '2026-01-14', 14]);
  });

  /** 1101 records from 2026-05-01, six a day (the most dose-times a plan has), stored directly to save time. */
  const SEEDS = {
    '/api/v1/doses': (store: Store, userId: string, n: number, date: string) =>
      store.intakes.create(
        userId,
        {
          id: `d${String(n)}`,
          date,
          takenAt: `${date}T0${String(n % 6)}:00:00.000Z`,
          medicationId: null,
          doseMicrograms: 500,
          form: null,
          note: '',
        },
        NOW,
      ),
    '/api/v1/assessments': (store: Store, userId: string, n: number, date: string) =>
      store.assessments.create(userId, {
        id: `a${String(n)}`,
        instrument: 'ciwa-b',
        date,
        answers: ciwa,
        unscored: {},
        score: 0,
        band: 'none',
        createdAt: NOW,
      }),
  } as const;

  it.each(Object.keys(SEEDS) as (keyof typeof SEEDS)[])(
    '%s: a range holding more than one answer carries is refused with range_too_long on `from`, not cut short',
    async (route) => {
      const { id } = (await get('/api/v1/auth/me')).json<{ id: string }>();
      const store = createStore(ctx.t.database.db);
      for (let n = 0; n <= MAX_LIST_ROWS; n++)
        await SEEDS[route](store, id, n, addDays('2026-05-01', Math.floor(n / 6)));
      const year = await get(route);
      expect(year.statusCode).toBe(400);
      expect(year.json<ErrorJson>().error).toMatchObject({ code: 'range_too_long', field: 'from' });
      const shorter = await get(`${route}?from=2026-08-01&to=2026-11-26`);
      expect(shorter.statusCode).toBe(200);
      expect(Object.values(shorter.json<Record<string, unknown[]>>())[0]?.length).toBe(
        MAX_LIST_ROWS + 1 - 6 * daysBetween('2026-05-01', '2026-08-01'),
      );
    },
  );

  it('a refused range changes nothing stored', async () => {
    await recordOn('2026-11-20', 4);
    expect((await get('/api/v1/checkins?from=1900-01-01&to=2999-12-31')).statusCode).toBe(400);
    expect((await get('/api/v1/checkins/2026-11-20')).json<{ note: string }>().note).toBe('2026-11-20');
  });
});
