import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYMPTOM_CATALOGUE, SYMPTOM_GROUPS } from '../core/index.js';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, signedInApp, type Agent } from './test-app.js';

const DAY = '2026-11-24';
const valid = {
  symptoms: { tremor: 2, 'muscle-jerks': 1, 'light-sensitivity': 0 },
  sleepHours: 6.5,
  doseMg: 1.125,
  note: 'Jerks at night, calmer after breathing practice.',
};

describe.each(TEST_DATABASES)('check-ins API on $name', (kind) => {
  const ctx = signedInApp(kind);

  const put = (agent: Agent, date: string, payload: unknown) =>
    agent.request({ method: 'PUT', url: `/api/v1/checkins/${date}`, payload: payload as object });
  const get = (agent: Agent, date: string) => agent.request({ url: `/api/v1/checkins/${date}` });

  it('lists the symptom catalogue without a session', async () => {
    const response = await ctx.t.app.inject({ url: '/api/v1/symptoms' });
    expect(response.statusCode).toBe(200);
    const { symptoms } = response.json<{ symptoms: { id: string; group: string }[] }>();
    expect(symptoms.map((s) => s.id)).toEqual(SYMPTOM_CATALOGUE.map((s) => s.id));
    expect(new Set(symptoms.map((s) => s.group))).toEqual(new Set(SYMPTOM_GROUPS));
  });

  it('lists the red flags with their guidance', async () => {
    const { redFlags } = (await ctx.t.app.inject({ url: '/api/v1/red-flags' })).json<{
      redFlags: { kind: string; guidance: string[] }[];
    }>();
    expect(redFlags[0]?.kind).toBe('seizure');
    expect(redFlags[0]?.guidance.join(' ')).toMatch(/emergency number/);
  });

  it('creates, reads and replaces the check-in of a day, idempotently', async () => {
    const created = await put(ctx.ann, DAY, valid);
    expect(created.statusCode).toBe(200);
    expect(created.json()).toEqual({
      date: DAY,
      ...valid,
      tags: [],
      updatedAt: '2026-11-25T12:00:00.000Z',
      editedAt: '2026-11-25T12:00:00.000Z',
    });
    expect((await put(ctx.ann, DAY, valid)).json()).toEqual(created.json());

    const read = await get(ctx.ann, DAY);
    expect(read.json()).toEqual(created.json());

    ctx.t.setNow('2026-11-25T13:00:00.000Z');
    const replaced = await put(ctx.ann, DAY, { symptoms: { dizziness: 3 } });
    expect(replaced.json()).toEqual({
      date: DAY,
      symptoms: { dizziness: 3 },
      sleepHours: null,
      doseMg: null,
      note: '',
      tags: [],
      updatedAt: '2026-11-25T13:00:00.000Z',
      editedAt: '2026-11-25T13:00:00.000Z',
    });
    const list = (await ctx.ann.request({ url: '/api/v1/checkins' })).json<{ checkins: unknown[] }>();
    expect(list.checkins).toHaveLength(1);
  });

  it('lists check-ins newest first within a range', async () => {
    for (const date of ['2026-11-01', '2026-11-20', '2026-11-10']) await put(ctx.ann, date, valid);
    const all = (await ctx.ann.request({ url: '/api/v1/checkins' })).json<{ checkins: { date: string }[] }>();
    expect(all.checkins.map((c) => c.date)).toEqual(['2026-11-20', '2026-11-10', '2026-11-01']);
    const some = (await ctx.ann.request({ url: '/api/v1/checkins?from=2026-11-02&to=2026-11-20' })).json<{
      checkins: { date: string }[];
    }>();
    expect(some.checkins.map((c) => c.date)).toEqual(['2026-11-20', '2026-11-10']);
  });

  it('deletes a check-in; a second delete is a 404', async () => {
    await put(ctx.ann, DAY, valid);
    expect((await ctx.ann.request({ method: 'DELETE', url: `/api/v1/checkins/${DAY}` })).statusCode).toBe(204);
    expect((await get(ctx.ann, DAY)).statusCode).toBe(404);
    const again = await ctx.ann.request({ method: 'DELETE', url: `/api/v1/checkins/${DAY}` });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('keeps each person’s check-ins private: another person sees 404 and changes nothing', async () => {
    await put(ctx.ann, DAY, valid);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await get(bob, DAY)).statusCode).toBe(404);
    expect((await bob.request({ method: 'DELETE', url: `/api/v1/checkins/${DAY}` })).statusCode).toBe(404);
    expect((await bob.request({ url: '/api/v1/checkins' })).json<{ checkins: unknown[] }>().checkins).toEqual([]);
    await put(bob, DAY, { note: 'bob’s day' });
    expect((await get(ctx.ann, DAY)).json()).toMatchObject(valid);
    expect((await get(bob, DAY)).json()).toMatchObject({ note: 'bob’s day' });
  });

  it('requires a session for personal data', async () => {
    const stranger = createAgent(ctx.t.app);
    for (const response of [
      await get(stranger, DAY),
      await put(stranger, DAY, valid),
      await stranger.request({ url: '/api/v1/checkins' }),
      await stranger.request({ url: '/api/v1/events' }),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
  });

  const bad: [string, string, unknown, number, string, string | undefined][] = [
    ['an impossible date', '2026-02-30', valid, 400, 'invalid_input', 'date'],
    ['a date in another format', '24-11-2026', valid, 400, 'invalid_input', 'date'],
    ['a date two days ahead', '2026-11-27', valid, 422, 'date_in_future', 'date'],
    ['a severity of 4', DAY, { symptoms: { tremor: 4 } }, 400, 'invalid_input', 'symptoms.tremor'],
    ['a fractional severity', DAY, { symptoms: { tremor: 1.5 } }, 400, 'invalid_input', 'symptoms.tremor'],
    ['a severity as text', DAY, { symptoms: { tremor: 'bad' } }, 400, 'invalid_input', 'symptoms.tremor'],
    ['an unknown symptom', DAY, { symptoms: { hiccups: 1 } }, 422, 'unknown_symptom', 'symptoms.hiccups'],
    ['a negative dose', DAY, { doseMg: -0.5 }, 400, 'invalid_input', 'doseMg'],
    ['a dose finer than a microgram', DAY, { doseMg: 0.0005 }, 400, 'invalid_input', 'doseMg'],
    ['sleep off the quarter hour', DAY, { sleepHours: 7.3 }, 400, 'invalid_input', 'sleepHours'],
    ['sleep over 24 hours', DAY, { sleepHours: 25 }, 400, 'invalid_input', 'sleepHours'],
    ['a note over 2,000 characters', DAY, { note: 'x'.repeat(2001) }, 400, 'invalid_input', 'note'],
    ['an unknown field', DAY, { ...valid, mood: 3 }, 400, 'invalid_input', 'mood'],
    ['an unknown tag', DAY, { ...valid, tags: ['exercise', 'sunshine'] }, 400, 'invalid_input', 'tags.1'],
    ['a list instead of an object', DAY, [1, 2], 400, 'invalid_input', undefined],
  ];

  it.each(bad)('rejects %s and changes nothing', async (_label, date, payload, status, code, field) => {
    await put(ctx.ann, DAY, valid);
    const before = (await get(ctx.ann, DAY)).json();
    const response = await put(ctx.ann, date, payload);
    expect(response.statusCode).toBe(status);
    const body = response.json<{ error: { code: string; message: string; field?: string } }>();
    expect(body.error.code).toBe(code);
    expect(body.error.field).toBe(field);
    expect(body.error.message.length).toBeGreaterThan(0);
    expect((await get(ctx.ann, DAY)).json()).toEqual(before);
  });

  it('answers 413 to a body over 64 KB', async () => {
    const response = await put(ctx.ann, DAY, { note: 'x'.repeat(70_000) });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('answers 400 to malformed JSON and 415 to a body that is not JSON', async () => {
    const broken = await ctx.ann.request({
      method: 'PUT',
      url: `/api/v1/checkins/${DAY}`,
      payload: '{"note": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: { code: 'invalid_input' } });
    const text = await ctx.ann.request({
      method: 'PUT',
      url: `/api/v1/checkins/${DAY}`,
      payload: 'note=hi',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('rejects a reversed date range', async () => {
    const response = await ctx.ann.request({ url: '/api/v1/checkins?from=2026-11-20&to=2026-11-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_input', field: 'from' } });
  });

  it('answers unknown API addresses with a JSON 404', async () => {
    const response = await ctx.ann.request({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('never answers 500 and never alters a stored check-in, whatever JSON is sent', async () => {
    await put(ctx.ann, DAY, valid);
    const before = (await get(ctx.ann, DAY)).json();
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          symptoms: fc.dictionary(fc.constantFrom('tremor', 'dizziness', 'x', ''), fc.jsonValue()),
          sleepHours: fc.jsonValue(),
          doseMg: fc.jsonValue(),
          note: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await ctx.ann.request({
          method: 'PUT',
          url: `/api/v1/checkins/2026-11-23`,
          payload: JSON.stringify(payload),
          headers: { 'content-type': 'application/json' },
        });
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect((await get(ctx.ann, DAY)).json()).toEqual(before);
  });

  it('records a red-flag event and lists it only for its owner', async () => {
    const created = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { kind: 'seizure', occurredAt: '2026-11-25T09:30:00+01:00' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'seizure', occurredAt: '2026-11-25T08:30:00.000Z', note: '' });
    const unknown = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { kind: 'hiccups', occurredAt: '2026-11-25T09:30:00Z' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { field: 'kind' } });
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await bob.request({ url: '/api/v1/events' })).json<{ events: unknown[] }>().events).toEqual([]);
    expect((await ctx.ann.request({ url: '/api/v1/events' })).json<{ events: unknown[] }>().events).toHaveLength(1);
  });

  it('records a red-flag event once when the same request is retried with its id', async () => {
    const id = '9b2f6c1e-5d3a-4e7b-8c1f-2a6d4e8b0c13';
    const body = { id, kind: 'seizure', occurredAt: '2026-11-25T09:30:00+01:00', note: 'about two minutes' };
    const first = await ctx.ann.request({ method: 'POST', url: '/api/v1/events', payload: body });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      id,
      kind: 'seizure',
      occurredAt: '2026-11-25T08:30:00.000Z',
      note: 'about two minutes',
      createdAt: '2026-11-25T12:00:00.000Z',
      confirmedAt: null,
    });
    ctx.t.setNow('2026-11-25T12:10:00.000Z');
    const again = await ctx.ann.request({ method: 'POST', url: '/api/v1/events', payload: body });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    // A retry answers with the stored event, even if the retried body differs.
    const altered = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { ...body, note: 'changed' },
    });
    expect(altered.statusCode).toBe(200);
    expect(altered.json()).toEqual(first.json());
    expect((await ctx.ann.request({ url: '/api/v1/events' })).json()).toEqual({ events: [first.json()] });
  });

  it('refuses another person’s event id naming `id`, and changes nothing', async () => {
    const id = '9b2f6c1e-5d3a-4e7b-8c1f-2a6d4e8b0c13';
    const created = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { id, kind: 'seizure', occurredAt: '2026-11-25T09:30:00Z' },
    });
    expect(created.statusCode).toBe(201);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    const stolen = await bob.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { id, kind: 'confusion', occurredAt: '2026-11-25T10:00:00Z', note: 'bob' },
    });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json()).toMatchObject({ error: { code: 'invalid_input', field: 'id' } });
    expect((await bob.request({ url: '/api/v1/events' })).json()).toEqual({ events: [] });
    expect((await ctx.ann.request({ url: '/api/v1/events' })).json()).toEqual({ events: [created.json()] });
    const notUuid = await ctx.ann.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: { id: 'e1', kind: 'seizure', occurredAt: '2026-11-25T09:30:00Z' },
    });
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json()).toMatchObject({ error: { code: 'invalid_input', field: 'id' } });
  });

  it('lets the later edit win when two devices sync out of order, keeping the older as a version', async () => {
    await put(ctx.ann, DAY, { note: 'laptop, evening', editedAt: '2026-11-24T20:00:00+01:00' });
    const late = await put(ctx.ann, DAY, { note: 'phone, morning', editedAt: '2026-11-24T08:00:00+01:00' });
    expect(late.statusCode).toBe(200);
    expect(late.json()).toMatchObject({
      note: 'laptop, evening',
      superseded: true,
      editedAt: '2026-11-24T19:00:00.000Z',
    });
    const versions = (await ctx.ann.request({ url: `/api/v1/checkins/${DAY}/versions` })).json<{
      versions: { note: string; editedAt: string }[];
    }>();
    expect(versions.versions).toMatchObject([{ note: 'phone, morning', editedAt: '2026-11-24T07:00:00.000Z' }]);
    const bob = createAgent(ctx.t.app);
    await bob.signup('bob@example.org');
    expect((await bob.request({ url: `/api/v1/checkins/${DAY}/versions` })).json()).toEqual({ versions: [] });
  });

  it('keeps an older edit replayed twice as one version', async () => {
    await put(ctx.ann, DAY, { note: 'laptop, evening', editedAt: '2026-11-24T20:00:00+01:00' });
    const phone = {
      symptoms: { tremor: 1, dizziness: 2 },
      note: 'phone, morning',
      editedAt: '2026-11-24T08:00:00+01:00',
    };
    expect((await put(ctx.ann, DAY, phone)).json()).toMatchObject({ note: 'laptop, evening', superseded: true });
    ctx.t.setNow('2026-11-25T12:30:00.000Z');
    const replay = await put(ctx.ann, DAY, { ...phone, symptoms: { dizziness: 2, tremor: 1 } });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ note: 'laptop, evening', superseded: true });
    const { versions } = (await ctx.ann.request({ url: `/api/v1/checkins/${DAY}/versions` })).json<{
      versions: unknown[];
    }>();
    expect(versions).toMatchObject([
      { note: 'phone, morning', editedAt: '2026-11-24T07:00:00.000Z', supersededAt: '2026-11-25T12:00:00.000Z' },
    ]);
    expect(versions).toHaveLength(1);
  });

  it('adds no version when an identical check-in is replayed with a different edit time', async () => {
    const body = { ...valid, editedAt: '2030-01-01T00:00:00Z' };
    const first = await put(ctx.ann, DAY, body);
    expect(first.json()).toMatchObject({ editedAt: '2026-11-25T12:00:00.000Z' });
    // The same request replayed later: its capped edit time is now 12:05, but nothing changed.
    ctx.t.setNow('2026-11-25T12:05:00.000Z');
    const replay = await put(ctx.ann, DAY, body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    // The same content with an older edit time is no new version either.
    const older = await put(ctx.ann, DAY, { ...valid, editedAt: '2026-11-24T09:00:00Z' });
    expect(older.json()).toEqual(first.json());
    expect((await get(ctx.ann, DAY)).json()).toEqual(first.json());
    expect((await ctx.ann.request({ url: `/api/v1/checkins/${DAY}/versions` })).json()).toEqual({ versions: [] });
  });

  it('caps an edit time from a device clock set in the future at the server’s time', async () => {
    const response = await put(ctx.ann, DAY, { note: 'clock ahead', editedAt: '2030-01-01T00:00:00Z' });
    expect(response.json()).toMatchObject({ editedAt: '2026-11-25T12:00:00.000Z' });
    ctx.t.setNow('2026-11-25T12:05:00.000Z');
    expect(
      (await put(ctx.ann, DAY, { note: 'a real later edit', editedAt: '2026-11-25T12:04:00Z' })).json(),
    ).toMatchObject({ note: 'a real later edit' });
  });
});
