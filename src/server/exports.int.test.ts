import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ExportFileSchema } from '../api/export-schemas.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, putDropsPlan, signedInApp, type Agent } from './test-app.js';

const NOW = '2026-12-01T12:00:00.000Z';

/** Ann's record: one of everything the format holds, an edited day (a version) included. */
async function recordEverything(ann: Agent) {
  const ok = async (response: Promise<{ statusCode: number; body: string }>) => {
    const r = await response;
    expect(r.statusCode, r.body).toBeLessThan(300);
  };
  await ok(putDropsPlan(ann, '2026-11-20'));
  await ok(
    ann.request({
      method: 'POST',
      url: '/api/v1/plan/holds',
      payload: { stepIndex: 0, days: 7, reason: 'A hard week at work' },
    }),
  );
  const put = (date: string, payload: object) =>
    ann.request({ method: 'PUT', url: `/api/v1/checkins/${date}`, payload });
  await ok(
    put('2026-11-28', {
      symptoms: { tremor: 2, anxiety: 1 },
      sleepHours: 6.5,
      doseMg: 0.9,
      note: 'Shaky morning',
      tags: [],
    }),
  );
  await ok(put('2026-11-28', { symptoms: { tremor: 1 }, sleepHours: 7, doseMg: 0.9, note: 'Better by noon' }));
  await ok(put('2026-11-29', { symptoms: { 'pins-and-needles': 3 }, sleepHours: null }));
  await ok(
    ann.request({
      method: 'POST',
      url: '/api/v1/doses',
      payload: {
        date: '2026-11-28',
        takenAt: '2026-11-28T08:00:00+01:00',
        doseMg: 0.45,
        form: 'drops',
        note: 'Morning',
      },
    }),
  );
  await ok(
    ann.request({
      method: 'POST',
      url: '/api/v1/assessments',
      payload: { instrument: 'bwsq', date: '2026-11-27', answers: Array.from({ length: 20 }, () => 1) },
    }),
  );
  await ok(
    ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { kind: 'seizure', occurredAt: '2026-11-26T09:30:00+01:00' },
    }),
  );
  await ok(
    ann.request({ method: 'POST', url: '/api/v1/me/symptoms', payload: { name: 'Jaw clenching', group: 'motor' } }),
  );
  await ok(ann.request({ method: 'PUT', url: '/api/v1/me/symptoms/tinnitus/pin', payload: { pinned: true } }));
}

describe.each(TEST_DATABASES)('GET /api/v1/export.json on $name', (kind) => {
  const ctx = signedInApp(kind, { now: () => new Date(NOW) });
  const exportOf = async (agent: Agent) => {
    const response = await agent.request({ url: '/api/v1/export.json' });
    expect(response.statusCode, response.body).toBe(200);
    return { response, file: ExportFileSchema.parse(response.json()) };
  };

  it('hands over everything the person owns, as a download that no cache keeps', async () => {
    await recordEverything(ctx.ann);
    const { response, file } = await exportOf(ctx.ann);
    expect(response.headers['content-disposition']).toBe('attachment; filename="taper-companion-2026-12-01.json"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(file).toMatchObject({ format: 'taper-companion-export', version: 1, exportedAt: NOW });
    expect(file.account.email).toBe('ann@example.org');
    expect(file.plans).toHaveLength(1);
    expect(file.plans[0]).toMatchObject({ revision: 1, input: { medicationId: 'clonazepam', currentDoseMg: 1 } });
    expect(file.plans[0]?.holds).toMatchObject([{ stepIndex: 0, days: 7, reason: 'A hard week at work' }]);
    expect(file.checkins.map((c) => c.date)).toEqual(['2026-11-28', '2026-11-29']);
    const edited = file.checkins[0];
    expect(edited).toMatchObject({ symptoms: { tremor: 1 }, sleepMinutes: 420, doseMg: 0.9, note: 'Better by noon' });
    expect(edited?.versions).toMatchObject([
      { symptoms: { anxiety: 1, tremor: 2 }, sleepMinutes: 390, note: 'Shaky morning' },
    ]);
    expect(file.checkins[1]).toMatchObject({ symptoms: { 'pins-and-needles': 3 }, sleepMinutes: null, versions: [] });
    expect(file.doses).toMatchObject([{ date: '2026-11-28', doseMg: 0.45, form: 'drops', note: 'Morning' }]);
    expect(file.questionnaires).toMatchObject([{ instrument: 'bwsq', date: '2026-11-27', score: 20 }]);
    expect(file.events).toMatchObject([{ kind: 'seizure', occurredOn: '2026-11-26', confirmedAt: null }]);
    expect(file.ownSymptoms).toMatchObject([{ name: 'Jaw clenching', group: 'motor', retiredAt: null }]);
    expect(file.pins).toEqual([{ symptomId: 'tinnitus', pinned: true }]);
  });

  it("never carries another person's records, and needs a session", async () => {
    await recordEverything(ctx.ann);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    const { file } = await exportOf(bob);
    expect(file).toMatchObject({ plans: [], checkins: [], doses: [], questionnaires: [], events: [], ownSymptoms: [] });
    expect(file.pins).toEqual([]);
    expect(file.account.email).toBe('bob@example.org');
    const stranger = await createAgent(ctx.t.app).request({ url: '/api/v1/export.json' });
    expect(stranger.statusCode).toBe(401);
  });
});

describe('the export format', () => {
  it('is documented by a JSON Schema generated from its zod schema (regenerate: see docs/export-format.md)', () => {
    const committed: unknown = JSON.parse(readFileSync('docs/export-format.schema.json', 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(ExportFileSchema, { io: 'output' }));
  });
});
