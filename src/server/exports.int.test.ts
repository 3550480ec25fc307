import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Bundle } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { FORMULA_GUARDED } from '../api/export-csv.js';
import { ExportFileSchema } from '../api/export-schemas.js';
import { bundleErrors, unresolvedReferences } from '../api/test-fhir-validator.js';
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

/** Notes that break naive CSV writers, each saved as a day's check-in. */
const NOTES = ['Shaky, then "better", by noon', 'One\nTwo\r\nThree', '=1+1 and @me', 'Головокружение, 眩暈'];

async function recordTrickyNotes(ann: Agent) {
  for (const [i, note] of NOTES.entries()) {
    const r = await ann.request({
      method: 'PUT',
      url: `/api/v1/checkins/2026-11-${10 + i}`,
      payload: { symptoms: { tremor: i % 4 }, sleepHours: 7, note },
    });
    expect(r.statusCode, r.body).toBe(200);
  }
}

describe.each(TEST_DATABASES)('GET /api/v1/export/*.csv and /export/fhir on $name', (kind) => {
  const ctx = signedInApp(kind, { now: () => new Date(NOW) });
  const csvOf = async (agent: Agent, table: string) => {
    const response = await agent.request({ url: `/api/v1/export/${table}.csv` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="taper-companion-2026-12-01-${table}.csv"`,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    return parse<Record<string, string>>(response.body, { bom: true, columns: true });
  };
  const jsonOf = async (agent: Agent) =>
    ExportFileSchema.parse((await agent.request({ url: '/api/v1/export.json' })).json());
  const unguard = (cell = '') => (FORMULA_GUARDED.test(cell) ? cell.slice(1) : cell);

  it('answers the four tables, which a CSV parser reads back as the JSON export says', async () => {
    await recordEverything(ctx.ann);
    await recordTrickyNotes(ctx.ann);
    const file = await jsonOf(ctx.ann);
    const checkins = await csvOf(ctx.ann, 'checkins');
    expect(checkins.map((r) => r['date'])).toEqual(file.checkins.map((c) => c.date));
    expect(checkins.map((r) => unguard(r['note']))).toEqual(file.checkins.map((c) => c.note));
    expect(checkins.map((r) => unguard(r['note']))).toEqual(expect.arrayContaining(NOTES));
    expect(checkins.map((r) => r['tremor'])).toEqual(file.checkins.map((c) => String(c.symptoms['tremor'] ?? '')));
    expect(checkins.map((r) => r['sleep_minutes'])).toEqual(file.checkins.map((c) => String(c.sleepMinutes ?? '')));
    const own = file.ownSymptoms[0]?.id ?? '';
    expect(Object.keys(checkins[0] ?? {})).toContain(`own:${own}`);
    expect(await csvOf(ctx.ann, 'doses')).toMatchObject(
      file.doses.map((d) => ({ id: d.id, taken_at: d.takenAt, dose_mg: String(d.doseMg), note: d.note })),
    );
    const [bwsq] = await csvOf(ctx.ann, 'questionnaires');
    expect(bwsq).toMatchObject({ instrument: 'bwsq', date: '2026-11-27', score: '20', q1: '1', q20: '1' });
    expect(await csvOf(ctx.ann, 'events')).toMatchObject([{ kind: 'seizure', occurred_on: '2026-11-26' }]);
  });

  it('answers a FHIR R4 Bundle that is valid against the official schema', { timeout: 60_000 }, async () => {
    await recordEverything(ctx.ann);
    await recordTrickyNotes(ctx.ann);
    const response = await ctx.ann.request({ url: '/api/v1/export/fhir' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="taper-companion-2026-12-01-fhir.json"');
    const bundle = response.json<Bundle>();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundleErrors(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
    for (const type of ['Patient', 'MedicationStatement', 'MedicationAdministration', 'Observation']) {
      expect(types).toContain(type);
    }
    expect(types).toContain('QuestionnaireResponse');
    expect(response.body).not.toContain('ann@example.org');
  });

  it("needs a session and never carries another person's records", async () => {
    await recordEverything(ctx.ann);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect(await csvOf(bob, 'checkins')).toEqual([]);
    const bundle = (await bob.request({ url: '/api/v1/export/fhir' })).json<Bundle>();
    expect(bundle.entry?.map((e) => e.resource?.resourceType)).toEqual(['Patient', 'CodeSystem']);
    const stranger = createAgent(ctx.t.app);
    for (const url of ['/api/v1/export/checkins.csv', '/api/v1/export/fhir']) {
      expect((await stranger.request({ url })).statusCode).toBe(401);
    }
  });
});

describe('the export format', () => {
  it('is documented by a JSON Schema generated from its zod schema (regenerate: see docs/export-format.md)', () => {
    const committed: unknown = JSON.parse(readFileSync('docs/export-format.schema.json', 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(ExportFileSchema, { io: 'output' }));
  });
});
