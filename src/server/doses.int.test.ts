import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, putDropsPlan, signedInApp, type Agent } from './test-app.js';

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe.each(TEST_DATABASES)('dose log and adherence on $name', (kind) => {
  const ctx = signedInApp(kind);

  const log = (agent: Agent, payload: object) => agent.request({ method: 'POST', url: '/api/v1/doses', payload });

  it('logs a dose once, even when the same request is retried', async () => {
    const body = { id: ID, date: '2026-11-25', takenAt: '2026-11-25T08:05:00+01:00', doseMg: 0.9 };
    const first = await log(ctx.ann, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      id: ID,
      date: '2026-11-25',
      takenAt: '2026-11-25T07:05:00.000Z',
      medicationId: null,
      doseMg: 0.9,
      form: null,
      note: '',
    });
    expect((await log(ctx.ann, body)).statusCode).toBe(200);
    expect((await ctx.ann.request({ url: '/api/v1/doses' })).json<{ doses: unknown[] }>().doses).toHaveLength(1);
    expect((await ctx.ann.request({ method: 'DELETE', url: `/api/v1/doses/${ID}` })).statusCode).toBe(204);
    expect((await ctx.ann.request({ url: '/api/v1/doses' })).json<{ doses: unknown[] }>().doses).toEqual([]);
  });

  it('keeps how a dose was taken and its note', async () => {
    const body = {
      id: ID,
      date: '2026-11-25',
      takenAt: '2026-11-25T21:30:00+01:00',
      medicationId: 'clonazepam',
      doseMg: 0.45,
      form: 'water-mixture',
      note: 'Measured with the 1 ml syringe',
    };
    expect((await log(ctx.ann, body)).statusCode).toBe(201);
    const [stored] = (await ctx.ann.request({ url: '/api/v1/doses?from=2026-11-25&to=2026-11-25' })).json<{
      doses: unknown[];
    }>().doses;
    expect(stored).toEqual({
      id: ID,
      date: '2026-11-25',
      takenAt: '2026-11-25T20:30:00.000Z',
      medicationId: 'clonazepam',
      doseMg: 0.45,
      form: 'water-mixture',
      note: 'Measured with the 1 ml syringe',
    });
  });

  it('keeps doses private: another person cannot see, reuse or delete them', async () => {
    await log(ctx.ann, { id: ID, date: '2026-11-25', takenAt: '2026-11-25T08:05:00Z', doseMg: 0.9 });
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await bob.request({ url: '/api/v1/doses' })).json<{ doses: unknown[] }>().doses).toEqual([]);
    expect((await bob.request({ method: 'DELETE', url: `/api/v1/doses/${ID}` })).statusCode).toBe(404);
    expect(
      (await log(bob, { id: ID, date: '2026-11-25', takenAt: '2026-11-25T08:05:00Z', doseMg: 2 })).statusCode,
    ).toBe(400);
    expect(
      (await ctx.ann.request({ url: '/api/v1/doses' })).json<{ doses: { doseMg: number }[] }>().doses[0]?.doseMg,
    ).toBe(0.9);
  });

  it.each([
    [{ date: '2026-11-25', takenAt: 'this morning', doseMg: 1 }, 'takenAt'],
    [{ date: '2026-11-25', takenAt: '2026-11-25T08:00:00Z', doseMg: -1 }, 'doseMg'],
    [{ date: '2026-11-25', takenAt: '2026-11-25T08:00:00Z', doseMg: 0.0001 }, 'doseMg'],
    [{ date: '2026-02-30', takenAt: '2026-11-25T08:00:00Z', doseMg: 1 }, 'date'],
    [{ date: '2026-11-25', takenAt: '2026-11-25T08:00:00Z', doseMg: 1, pill: 'blue' }, 'pill'],
    [{ date: '2026-11-25', takenAt: '2026-11-25T08:00:00Z', doseMg: 1, form: 'patch' }, 'form'],
    [{ date: '2026-11-25', takenAt: '2026-11-25T08:00:00Z', doseMg: 1, medicationId: 'xanaxx' }, 'medicationId'],
  ])('rejects %j naming %s', async (payload, field) => {
    const response = await log(ctx.ann, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_input', field } });
  });

  it('compares doses with the plan and flags two missed days with guidance', async () => {
    await putDropsPlan(ctx.ann, '2026-11-16');
    await log(ctx.ann, { date: '2026-11-20', takenAt: '2026-11-20T08:00:00Z', doseMg: 0.9 });
    await log(ctx.ann, { date: '2026-11-21', takenAt: '2026-11-21T08:00:00Z', doseMg: 0.5 });
    await log(ctx.ann, { date: '2026-11-22', takenAt: '2026-11-22T08:00:00Z', doseMg: 0.9 });
    const adherence = (await ctx.ann.request({ url: '/api/v1/adherence?from=2026-11-19&to=2026-11-25' })).json<{
      days: { date: string; status: string }[];
      risks: { from: string; to: string; days: number; guidance: string[] }[];
    }>();
    expect(adherence.days.map((d) => d.status)).toEqual([
      'not-recorded',
      'as-planned',
      'less',
      'as-planned',
      'missed',
      'missed',
      'missed',
    ]);
    // Today (25 Nov) is not over: shown as it stands, not yet part of the risk.
    expect(adherence.risks).toMatchObject([{ from: '2026-11-23', to: '2026-11-24', days: 2 }]);
    expect(adherence.risks[0]?.guidance.join(' ')).toMatch(/prescriber or pharmacist today/);
    const defaults = (await ctx.ann.request({ url: '/api/v1/adherence' })).json<{
      from: string;
      to: string;
      days: unknown[];
    }>();
    expect(defaults).toMatchObject({ from: '2026-11-12', to: '2026-11-25' });
    expect(defaults.days).toHaveLength(14);
  });

  it('compares each medicine of a switch with its own plan, flags far less than planned, and counts a check-in’s dose', async () => {
    await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/plan',
      payload: {
        medicationId: 'clonazepam',
        form: 'tablet',
        currentDoseMg: 1.5,
        startDate: '2026-11-16',
        strategy: { kind: 'crossover', diazepamMgPerMg: 20 },
        doseTimes: [
          { label: 'morning', share: 1 / 3 },
          { label: 'midday', share: 1 / 3 },
          { label: 'night', share: 1 / 3 },
        ],
      },
    });
    // Stage 1 (16-22 Nov): clonazepam 1.25 mg + diazepam 5 mg.
    await log(ctx.ann, {
      date: '2026-11-16',
      takenAt: '2026-11-16T08:00:00Z',
      medicationId: 'clonazepam',
      doseMg: 1.25,
    });
    await log(ctx.ann, { date: '2026-11-16', takenAt: '2026-11-16T08:01:00Z', medicationId: 'diazepam', doseMg: 5 });
    await log(ctx.ann, {
      date: '2026-11-17',
      takenAt: '2026-11-17T08:00:00Z',
      medicationId: 'clonazepam',
      doseMg: 1.25,
    });
    // 18 Nov: no dose logged, but the check-in says 6.25: recorded, not judged (one number can't be split), not missed.
    await ctx.ann.request({
      method: 'PUT',
      url: '/api/v1/checkins/2026-11-18',
      payload: { symptoms: {}, doseMg: 6.25 },
    });
    const adherence = (await ctx.ann.request({ url: '/api/v1/adherence?from=2026-11-16&to=2026-11-18' })).json<{
      days: {
        status: string;
        source: string;
        medicines: { medicationId: string; plannedMg: number; takenMg: number; status: string }[];
      }[];
      risks: { code: string; from: string; to: string }[];
    }>();
    expect(adherence.days.map((d) => [d.status, d.source])).toEqual([
      ['as-planned', 'dose-log'],
      ['much-less', 'dose-log'],
      ['not-recorded', 'check-in'],
    ]);
    expect(adherence.days[1]?.medicines).toEqual([
      { medicationId: 'clonazepam', plannedMg: 1.25, takenMg: 1.25, status: 'as-planned' },
      { medicationId: 'diazepam', plannedMg: 5, takenMg: 0, status: 'much-less' },
    ]);
    expect(adherence.risks).toMatchObject([{ code: 'far_below_plan', from: '2026-11-17', to: '2026-11-17' }]);
  });

  it('lists the supply flags (missed doses, running out) and records them as events', async () => {
    const flags = (await ctx.t.app.inject({ url: '/api/v1/red-flags' })).json<{ supplyFlags: { kind: string }[] }>();
    expect(flags.supplyFlags.map((f) => f.kind)).toEqual(['missed-doses', 'running-out']);
    const event = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { kind: 'running-out', occurredAt: '2026-11-25T09:00:00Z' },
    });
    expect(event.statusCode).toBe(201);
  });
});
