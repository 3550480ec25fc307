import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, putDropsPlan, signedInApp, type Agent } from './test-app.js';

const ciwa = (total: number) => Array.from({ length: 20 }, (_, i) => Math.max(0, Math.min(4, total - 4 * i)));
const ID = '7d0f3a56-9a1e-4a8c-9a59-2f1f0c6a1b11';

interface AssessmentJson {
  id: string;
  score: number;
  band: string | null;
  unscored: Record<string, number>;
}

describe.each(TEST_DATABASES)('questionnaires API on $name', (kind) => {
  const ctx = signedInApp(kind);

  const post = (agent: Agent, payload: unknown) =>
    agent.request({ method: 'POST', url: '/api/v1/assessments', payload: payload as object });

  it('lists CIWA-B and BWSQ as ids and numbers: items, scales, bands; the words are the web app’s', async () => {
    const { instruments } = (await ctx.t.app.inject({ url: '/api/v1/instruments' })).json<{
      instruments: {
        id: string;
        items: { id: string; rater: string; scale: string; options: object[] }[];
        unscored: object[];
        bands: object[] | null;
        maxScore: number;
        evidence: string;
      }[];
    }>();
    expect(instruments.map((i) => [i.id, i.items.length, i.maxScore, i.bands === null])).toEqual([
      ['ciwa-b', 20, 80, false],
      ['bwsq', 20, 40, true],
    ]);
    expect(instruments[0]?.items.filter((i) => i.rater === 'observer')).toHaveLength(3);
    expect(instruments[1]?.evidence).toBe('unconfirmed');
    expect(instruments[0]?.items[11]).toEqual({
      id: 'restful-sleep',
      rater: 'self',
      scale: 'restful',
      options: [0, 1, 2, 3, 4].map((value) => ({ value })),
    });
    expect(instruments[0]?.unscored[0]).toEqual({ id: 'hours-slept', unit: 'hours', max: 24 });
    expect(instruments[0]?.bands?.[2]).toEqual({ min: 21, max: 40, id: 'moderate', contactClinician: false });
    // No sentence travels: no question text, answer label, band label, name, intro or note.
    for (const instrument of instruments) {
      expect(Object.keys(instrument).sort()).toEqual(
        [
          'bands',
          'citation',
          'evidence',
          'id',
          'items',
          'maxScore',
          'shortName',
          'sources',
          'timeFrame',
          'unscored',
        ].sort(),
      );
    }
  });

  it('scores and stores a CIWA-B, with its sleep questions kept but not scored', async () => {
    const response = await post(ctx.ann, {
      instrument: 'ciwa-b',
      date: '2026-11-25',
      answers: ciwa(21),
      unscored: { 'hours-slept': 5.5, 'minutes-to-sleep': 45 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      score: 21,
      maxScore: 80,
      band: 'moderate',
      unscored: { 'hours-slept': 5.5 },
    });
    const bwsq = await post(ctx.ann, {
      instrument: 'bwsq',
      date: '2026-11-24',
      answers: Array.from({ length: 20 }, () => 1),
    });
    expect(bwsq.json()).toMatchObject({ score: 20, band: null });
    expect(response.json()).not.toHaveProperty('bandLabel');
    const list = (await ctx.ann.request({ url: '/api/v1/assessments' })).json<{ assessments: AssessmentJson[] }>()
      .assessments;
    expect(list.map((a) => a.score)).toEqual([21, 20]);
    const onlyBwsq = (
      await ctx.ann.request({ url: '/api/v1/assessments?instrument=bwsq&from=2026-11-24&to=2026-11-24' })
    ).json<{ assessments: AssessmentJson[] }>();
    expect(onlyBwsq.assessments.map((a) => a.score)).toEqual([20]);
  });

  it('is idempotent for a client-generated id: a retry returns the stored result and stores nothing new', async () => {
    const body = { id: ID, instrument: 'ciwa-b', date: '2026-11-25', answers: ciwa(5) };
    expect((await post(ctx.ann, body)).statusCode).toBe(201);
    const retry = await post(ctx.ann, { ...body, answers: ciwa(50) });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id: ID, score: 5 });
    expect(
      (await ctx.ann.request({ url: '/api/v1/assessments' })).json<{ assessments: unknown[] }>().assessments,
    ).toHaveLength(1);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    const stolen = await post(bob, body);
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json()).toMatchObject({ error: { field: 'id' } });
    expect((await bob.request({ url: '/api/v1/assessments' })).json<{ assessments: unknown[] }>().assessments).toEqual(
      [],
    );
  });

  it.each<[string, unknown, number, string]>([
    ['too few answers', { instrument: 'ciwa-b', date: '2026-11-25', answers: [1, 2, 3] }, 400, 'answers'],
    [
      'an answer of 5',
      { instrument: 'ciwa-b', date: '2026-11-25', answers: ciwa(0).map((v, i) => (i === 2 ? 5 : v)) },
      400,
      'answers.2',
    ],
    [
      'a BWSQ answer of 3',
      { instrument: 'bwsq', date: '2026-11-25', answers: Array.from({ length: 20 }, (_, i) => (i === 0 ? 3 : 0)) },
      400,
      'answers.0',
    ],
    ['an unknown questionnaire', { instrument: 'phq-9', date: '2026-11-25', answers: [] }, 400, 'instrument'],
    [
      'an unknown unscored question',
      { instrument: 'ciwa-b', date: '2026-11-25', answers: ciwa(0), unscored: { mood: 3 } },
      400,
      'unscored.mood',
    ],
    ['a future date', { instrument: 'ciwa-b', date: '2026-12-25', answers: ciwa(0) }, 422, 'date'],
    ['a made-up id', { id: 'not-a-uuid', instrument: 'ciwa-b', date: '2026-11-25', answers: ciwa(0) }, 400, 'id'],
  ])('rejects %s', async (_label, payload, status, field) => {
    const response = await post(ctx.ann, payload);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error: { field } });
    expect(
      (await ctx.ann.request({ url: '/api/v1/assessments' })).json<{ assessments: unknown[] }>().assessments,
    ).toEqual([]);
  });

  it('keeps results private and requires a session', async () => {
    await post(ctx.ann, { instrument: 'ciwa-b', date: '2026-11-25', answers: ciwa(3) });
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await bob.request({ url: '/api/v1/assessments' })).json<{ assessments: unknown[] }>().assessments).toEqual(
      [],
    );
    expect((await createAgent(ctx.t.app).request({ url: '/api/v1/assessments' })).statusCode).toBe(401);
  });

  it('prompts weekly, and around planned cuts; nothing is due right after sign-up (finding: a questionnaire was due at once)', async () => {
    expect((await ctx.ann.request({ url: '/api/v1/assessments/prompt' })).json()).toEqual({
      prompt: null,
      instrument: 'ciwa-b',
    });
    await post(ctx.ann, { instrument: 'ciwa-b', date: '2026-11-25', answers: ciwa(3) });
    expect((await ctx.ann.request({ url: '/api/v1/assessments/prompt' })).json()).toMatchObject({ prompt: null });
    await putDropsPlan(ctx.ann, '2026-11-27');
    ctx.t.setNow('2026-11-26T09:00:00.000Z');
    expect((await ctx.ann.request({ url: '/api/v1/assessments/prompt' })).json()).toMatchObject({
      prompt: { reason: 'before-cut', cutDate: '2026-11-27' },
    });
  });

  it('asks nothing in the first week of an account whose plan began weeks before it', async () => {
    // Ann signed up on 2026-11-25; her plan began a month earlier, with cuts since.
    await putDropsPlan(ctx.ann, '2026-10-20');
    expect((await ctx.ann.request({ url: '/api/v1/assessments/prompt' })).json()).toMatchObject({ prompt: null });
    ctx.t.setNow('2026-12-02T09:00:00.000Z');
    expect((await ctx.ann.request({ url: '/api/v1/assessments/prompt' })).json()).toMatchObject({
      prompt: { reason: 'weekly', lastDate: null },
    });
  });
});
