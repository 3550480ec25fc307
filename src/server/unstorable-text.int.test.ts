import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../storage/test-databases.js';
import { createAgent, createTestApp, type Agent, type TestApp } from './test-app.js';
import { snapshot } from './test-snapshot.js';

const plan = {
  medicationId: 'clonazepam',
  form: 'liquid',
  currentDoseMg: 2,
  startDate: '2026-11-30',
  strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
};
const event = { kind: 'seizure', occurredAt: '2026-11-24T20:00:00-05:00' };
const dose = { date: '2026-11-24', takenAt: '2026-11-24T08:00:00Z', doseMg: 1 };
const assessment = { instrument: 'ciwa-b', date: '2026-11-24', answers: Array.from({ length: 20 }, () => 0) };
const UUID = '0b7c8e2a-4f7e-4c55-9a8e-2d6f0a7b9c31';

interface BodyCase {
  readonly method: 'POST' | 'PUT';
  readonly url: string;
  readonly body: (bad: string) => object;
  readonly field: string;
}

/** Every text field a body carries, with the bad text in it. */
const BODY_CASES: readonly BodyCase[] = [
  { method: 'PUT', url: '/checkins/2026-11-24', body: (bad) => ({ note: `calm${bad}` }), field: 'note' },
  { method: 'PUT', url: '/checkins/2026-11-24', body: (bad) => ({ tags: ['caffeine', bad] }), field: 'tags.1' },
  {
    method: 'PUT',
    url: '/checkins/2026-11-24',
    body: (bad) => ({ symptoms: { [`tremor${bad}`]: 1 } }),
    field: 'symptoms',
  },
  {
    method: 'PUT',
    url: '/checkins/2026-11-24',
    body: (bad) => ({ editedAt: `2026-11-24T08:00:00Z${bad}` }),
    field: 'editedAt',
  },
  { method: 'POST', url: '/events', body: (bad) => ({ ...event, note: `after lunch${bad}` }), field: 'note' },
  { method: 'POST', url: '/events', body: (bad) => ({ ...event, kind: `seizure${bad}` }), field: 'kind' },
  { method: 'POST', url: '/events', body: (bad) => ({ ...event, id: `${UUID}${bad}` }), field: 'id' },
  {
    method: 'POST',
    url: '/events',
    body: (bad) => ({ ...event, occurredAt: `2026-11-24T20:00:00Z${bad}` }),
    field: 'occurredAt',
  },
  { method: 'POST', url: '/doses', body: (bad) => ({ ...dose, id: `${UUID}${bad}` }), field: 'id' },
  { method: 'POST', url: '/doses', body: (bad) => ({ ...dose, date: `2026-11-24${bad}` }), field: 'date' },
  {
    method: 'POST',
    url: '/doses',
    body: (bad) => ({ ...dose, takenAt: `2026-11-24T08:00:00Z${bad}` }),
    field: 'takenAt',
  },
  {
    method: 'POST',
    url: '/me/symptoms',
    body: (bad) => ({ id: `${UUID}${bad}`, name: 'ear ringing', group: 'sensory' }),
    field: 'id',
  },
  { method: 'PUT', url: '/plan', body: (bad) => ({ ...plan, form: `liquid${bad}` }), field: 'form' },
  { method: 'PUT', url: '/plan', body: (bad) => ({ ...plan, pace: `guideline${bad}` }), field: 'pace' },
  { method: 'PUT', url: '/plan', body: (bad) => ({ ...plan, indication: `sleep${bad}` }), field: 'indication' },
  {
    method: 'PUT',
    url: '/plan',
    body: (bad) => ({ ...plan, strategy: { kind: 'crossover', diazepamMgPerMg: 20, cutSize: `lower${bad}` } }),
    field: 'strategy.cutSize',
  },
  {
    method: 'PUT',
    url: '/plan',
    body: (bad) => ({ ...plan, strategy: { kind: 'crossover', diazepamMgPerMg: 20, diazepamForm: `liquid${bad}` } }),
    field: 'strategy.diazepamForm',
  },
  { method: 'POST', url: '/assessments', body: (bad) => ({ ...assessment, id: `${UUID}${bad}` }), field: 'id' },
  { method: 'POST', url: '/assessments', body: (bad) => ({ ...assessment, date: `2026-11-24${bad}` }), field: 'date' },
  { method: 'POST', url: '/doses', body: (bad) => ({ ...dose, note: `with food${bad}` }), field: 'note' },
  {
    method: 'POST',
    url: '/doses',
    body: (bad) => ({ ...dose, medicationId: `clonazepam${bad}` }),
    field: 'medicationId',
  },
  { method: 'POST', url: '/doses', body: (bad) => ({ ...dose, form: `tablet${bad}` }), field: 'form' },
  {
    method: 'POST',
    url: '/me/symptoms',
    body: (bad) => ({ name: `ear ringing${bad}`, group: 'sensory' }),
    field: 'name',
  },
  {
    method: 'POST',
    url: '/me/symptoms',
    body: (bad) => ({ name: 'ear ringing', group: `sensory${bad}` }),
    field: 'group',
  },
  {
    method: 'POST',
    url: '/plan/holds',
    body: (bad) => ({ stepIndex: 1, days: 7, reason: `jerks${bad}` }),
    field: 'reason',
  },
  {
    method: 'PUT',
    url: '/plan',
    body: (bad) => ({ ...plan, doseTimes: [{ label: `night${bad}`, share: 1 }] }),
    field: 'doseTimes.0.label',
  },
  {
    method: 'PUT',
    url: '/plan',
    body: (bad) => ({ ...plan, medicationId: `clonazepam${bad}` }),
    field: 'medicationId',
  },
  { method: 'PUT', url: '/plan', body: (bad) => ({ ...plan, startDate: `2026-11-30${bad}` }), field: 'startDate' },
  {
    method: 'POST',
    url: '/plans/preview',
    body: (bad) => ({ ...plan, strategy: { ...plan.strategy, kind: `linear${bad}` } }),
    field: 'strategy.kind',
  },
  {
    method: 'POST',
    url: '/assessments',
    body: (bad) => ({ ...assessment, instrument: `ciwa-b${bad}` }),
    field: 'instrument',
  },
  {
    method: 'POST',
    url: '/assessments',
    body: (bad) => ({ ...assessment, unscored: { [`hours-slept${bad}`]: 6 } }),
    field: 'unscored',
  },
  { method: 'PUT', url: '/me/symptoms/tremor/pin', body: (bad) => ({ pinned: bad }), field: 'pinned' },
  {
    method: 'POST',
    url: '/auth/login',
    body: (bad) => ({ email: `ann@example.org${bad}`, password: 'correct horse battery' }),
    field: 'email',
  },
  {
    method: 'POST',
    url: '/auth/signup',
    body: (bad) => ({ email: 'new@example.org', password: `correct horse battery${bad}` }),
    field: 'password',
  },
];

/** Every path parameter and query parameter, with a NUL in it (a URL cannot carry a lone surrogate). */
const URL_CASES: readonly (readonly [method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, field: string])[] = [
  ['GET', '/checkins/2026-11-24%00', 'date'],
  ['DELETE', '/checkins/2026-11-24%00', 'date'],
  ['GET', '/checkins/2026-11-24%00/versions', 'date'],
  ['DELETE', '/doses/abc%00', 'id'],
  ['POST', '/events/abc%00/confirm', 'id'],
  ['DELETE', '/me/symptoms/own-x%00', 'id'],
  ['GET', '/checkins?from=2026-11-01%00', 'from'],
  ['GET', '/doses?to=2026-11-30%00', 'to'],
  ['GET', '/adherence?from=2026-11-01%00', 'from'],
  ['GET', '/assessments?instrument=ciwa-b%00', 'instrument'],
  ['GET', '/assessments?to=2026-11-30%00', 'to'],
  ['GET', '/reminders.ics?checkinTime=20:00%00', 'checkinTime'],
  ['GET', '/plan.ics?reminder=true%00', 'reminder'],
  ['GET', '/plan.ics?reminderTime=08:00%00', 'reminderTime'],
  ['GET', '/reminders.ics?doseTimes=08:00%00', 'doseTimes'],
];

const BAD_TEXT = [
  ['a NUL character', '\u0000'],
  ['a lone high surrogate', '\ud800'],
  ['a lone low surrogate', '\udfff'],
] as const;

describe.each(TEST_DATABASES)(
  'a NUL or lone surrogate in any text field is 400 invalid_text, never a 500 or a stored change, on $name',
  (kind) => {
    let t: TestApp;
    let ann: Agent;
    beforeAll(async () => {
      t = await createTestApp(kind);
      ann = createAgent(t.app);
      await ann.signup('ann@example.org');
      // Something of each kind stored, so a refusal that changed anything would show.
      await ann.request({ method: 'PUT', url: '/api/v1/plan', payload: plan });
      await ann.request({
        method: 'PUT',
        url: '/api/v1/checkins/2026-11-24',
        payload: { note: 'stored', tags: ['caffeine'] },
      });
      await ann.request({
        method: 'POST',
        url: '/api/v1/me/symptoms',
        payload: { name: 'ear ringing', group: 'sensory', id: UUID },
      });
    });
    afterAll(() => t.close());

    const refused = async (request: () => Promise<{ statusCode: number; json: () => unknown }>, field: string) => {
      const before = await snapshot(t.database);
      const response = await request();
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_text', field } });
      expect(await snapshot(t.database)).toEqual(before);
    };

    describe.each(BAD_TEXT)('%s', (_label, bad) => {
      it.each(BODY_CASES.map((c) => [`${c.method} ${c.url} ${c.field}`, c] as const))(
        '%s: 400 invalid_text naming the field',
        async (_name, c) => {
          await refused(() => ann.request({ method: c.method, url: `/api/v1${c.url}`, payload: c.body(bad) }), c.field);
        },
      );
    });

    it.each(URL_CASES)('a NUL in %s %s: 400 invalid_text naming %s', async (method, url, field) => {
      await refused(() => ann.request({ method, url: `/api/v1${url}` }), field);
    });

    it('keeps text with characters outside the basic plane (a surrogate pair) exactly', async () => {
      const note = 'slept 😴 a little, 𝄞';
      const saved = await ann.request({ method: 'PUT', url: '/api/v1/checkins/2026-11-23', payload: { note } });
      expect(saved.statusCode).toBe(200);
      expect((await ann.request({ url: '/api/v1/checkins/2026-11-23' })).json()).toMatchObject({ note });
    });
  },
);
