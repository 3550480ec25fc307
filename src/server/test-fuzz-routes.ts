/**
 * Test helper: what the route fuzz (fuzz.int.test.ts) sends to each route, keyed `METHOD /url` as Fastify registers
 * it. A route without an entry fails the fuzz, so a route added later must come with its generator here.
 */
import fc from 'fast-check';
import { INTAKE_FORMS, MEDICATIONS, RED_FLAGS, SUPPLY_FLAGS, SYMPTOM_GROUPS } from '../core/index.js';
import { dateText, dateTime, hostile, nearDate, nearValid, param, queryOf, shortText } from './test-fuzz-inputs.js';

export interface FuzzInput {
  readonly params?: Readonly<Record<string, string>> | undefined;
  readonly query?: Readonly<Record<string, string | string[] | undefined>> | undefined;
  readonly body?: unknown;
  /** A body sent as it is, with its content type (broken JSON, a form, plain text). */
  readonly raw?: { readonly payload: string; readonly contentType: string } | undefined;
}

/** Who sends: Ann, whose data is checked, or a guest agent for the account routes (which change who is signed in). */
export interface RouteFuzz {
  readonly as: 'ann' | 'guest';
  readonly input: fc.Arbitrary<FuzzInput>;
}

export const PASSWORD = 'correct horse battery';
/** Client ids: Ann's own (stored by the fixture), Bob's (so Ann's use is refused as taken). */
export const ANN_IDS = ['6f1d2a34-5b6c-4d7e-8f90-a1b2c3d4e5f6', '7a2e3b45-6c7d-4e8f-9a01-b2c3d4e5f6a7'] as const;
export const BOB_ID = '8b3f4c56-7d8e-4f9a-8b12-c3d4e5f6a7b8';

const RAW = fc.constantFrom(
  { payload: '{"note":', contentType: 'application/json' },
  { payload: '', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: '{"a":1}', contentType: 'application/json; charset=latin1' },
  { payload: 'note=x', contentType: 'application/x-www-form-urlencoded' },
  { payload: 'hello', contentType: 'text/plain' },
  // Nesting as deep as the body limit allows, beyond what a recursive walk survives.
  { payload: `${'['.repeat(30_000)}"x"${']'.repeat(30_000)}`, contentType: 'application/json' },
  { payload: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, contentType: 'application/json' },
);

const clientId = fc.oneof(fc.constantFrom(...ANN_IDS, BOB_ID), fc.uuid({ version: 4 }));
const dateParam = param(dateText);
const range = queryOf({ from: dateText, to: dateText });
const mg = fc.integer({ min: 0, max: 40_000 }).map((ug) => ug / 1000);

/** A JSON body: near-valid mostly, sometimes a raw one. */
const withBody = <T>(
  valid: fc.Arbitrary<T>,
  extra: Partial<Record<'params', fc.Arbitrary<Record<string, string>>>> = {},
): fc.Arbitrary<FuzzInput> =>
  fc.record(
    {
      body: nearValid(valid),
      raw: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: RAW }),
      query: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: queryOf({}) }),
      ...(extra.params ? { params: extra.params } : {}),
    },
    { requiredKeys: ['body'] },
  );
const onlyQuery = (
  query: fc.Arbitrary<Record<string, string | string[] | undefined>> = queryOf({}),
): fc.Arbitrary<FuzzInput> => fc.record({ query });
const onlyParams = (
  params: fc.Arbitrary<Record<string, string>>,
  body: fc.Arbitrary<unknown> = fc.constant(undefined),
): fc.Arbitrary<FuzzInput> =>
  fc.record({
    params,
    body: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: body }),
    query: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: queryOf({}) }),
  });

const credentials = fc.record({
  email: fc.oneof(fc.constantFrom('ann@example.org', 'bob@example.org', ' ANN@example.org '), fc.emailAddress()),
  password: fc.oneof(fc.constant(PASSWORD), fc.string({ minLength: 10, maxLength: 30 })),
});

const givenPassword = fc.oneof(fc.constant(PASSWORD), fc.string({ minLength: 0, maxLength: 30 }));

const checkin = fc.record(
  {
    symptoms: fc.dictionary(
      fc.constantFrom('tremor', 'dizziness', 'muscle-jerks', 'own-unknown', `own-${ANN_IDS[0]}`),
      fc.integer({ min: 0, max: 3 }),
      { maxKeys: 4 },
    ),
    sleepHours: fc.option(fc.integer({ min: 0, max: 96 }).map((q) => q / 4)),
    doseMg: fc.option(mg),
    note: shortText,
    tags: fc.array(fc.constantFrom('caffeine', 'stress', 'alcohol', 'exercise'), { maxLength: 3 }),
    editedAt: dateTime,
  },
  { requiredKeys: [] },
);

const event = fc.record(
  {
    id: clientId,
    kind: fc.constantFrom(...[...RED_FLAGS, ...SUPPLY_FLAGS].map((f) => f.kind)),
    occurredAt: dateTime,
    note: shortText,
  },
  { requiredKeys: ['kind', 'occurredAt'] },
);

const dose = fc.record(
  {
    id: clientId,
    date: nearDate,
    takenAt: dateTime,
    medicationId: fc.option(fc.constantFrom('clonazepam', 'diazepam')),
    doseMg: mg,
    form: fc.option(fc.constantFrom(...INTAKE_FORMS)),
    note: shortText,
  },
  { requiredKeys: ['date', 'takenAt', 'doseMg'] },
);

const strategy = fc.oneof(
  fc.record(
    {
      kind: fc.constant('proportional'),
      percent: fc.integer({ min: 1, max: 25 }),
      intervalDays: fc.integer({ min: 7, max: 56 }),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record(
    {
      kind: fc.constant('linear'),
      stepMg: fc.constantFrom(0.125, 0.25, 0.5, 1, 2.5),
      intervalDays: fc.integer({ min: 7, max: 28 }),
    },
    { requiredKeys: ['kind', 'stepMg'] },
  ),
  fc.record({ kind: fc.constant('crossover'), diazepamMgPerMg: fc.constantFrom(10, 20, 1, 40) }),
  fc.record({
    kind: fc.constant('custom'),
    steps: fc.array(fc.record({ doseMg: mg, days: fc.integer({ min: 1, max: 60 }) }), { minLength: 1, maxLength: 5 }),
  }),
);

const plan = fc.record(
  {
    medicationId: fc.oneof(fc.constantFrom('clonazepam', 'diazepam'), fc.constantFrom(...MEDICATIONS.map((m) => m.id))),
    form: fc.oneof(fc.constantFrom('tablet', 'liquid'), fc.constantFrom('drops', 'odt', 'capsule')),
    currentDoseMg: fc.constantFrom(0.5, 1, 2, 3, 10, 20, 40),
    startDate: nearDate,
    strategy,
    endpointMg: fc.constantFrom(0, 0.25, 1),
    doseTimes: fc.constantFrom(
      [{ label: 'daily', share: 1 }],
      [
        { label: 'morning', share: 0.5 },
        { label: 'night', share: 0.5 },
      ],
    ),
    pace: fc.constantFrom('guideline', 'prescriber-faster'),
  },
  { requiredKeys: ['medicationId', 'currentDoseMg', 'startDate', 'strategy'] },
);

/** CIWA-B: 20 answers 0-4 and two unscored ones; BWSQ: 20 answers 0-2. */
const answersOf = (max: number) => fc.array(fc.integer({ min: 0, max }), { minLength: 20, maxLength: 20 });
const assessment = fc.oneof(
  fc.record(
    {
      id: clientId,
      instrument: fc.constant('ciwa-b'),
      date: nearDate,
      answers: answersOf(4),
      unscored: fc.dictionary(
        fc.constantFrom('hours-slept', 'minutes-to-sleep', 'other'),
        fc.integer({ min: 0, max: 800 }),
        { maxKeys: 2 },
      ),
    },
    { requiredKeys: ['instrument', 'date', 'answers'] },
  ),
  fc.record(
    { id: clientId, instrument: fc.constant('bwsq'), date: nearDate, answers: answersOf(2) },
    { requiredKeys: ['instrument', 'date', 'answers'] },
  ),
);

/** An export file as POST /import takes it: a few records of each kind, Ann's and Bob's ids among them. */
const importFile = fc.record({
  format: fc.constant('taper-companion-export'),
  version: fc.constant(1),
  exportedAt: dateTime,
  account: fc.record({ email: fc.constant('ann@example.org'), createdAt: dateTime }),
  plans: fc.array(
    fc.record({
      id: clientId,
      revision: fc.integer({ min: 1, max: 3 }),
      createdAt: dateTime,
      input: plan,
      holds: fc.array(
        fc.record({
          id: clientId,
          stepIndex: fc.integer({ min: 0, max: 6 }),
          days: fc.integer({ min: 1, max: 60 }),
          reason: shortText,
          createdAt: dateTime,
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 2 },
  ),
  checkins: fc.array(
    fc.record({
      id: clientId,
      date: nearDate,
      symptoms: checkin.map((c) => c.symptoms ?? {}),
      sleepMinutes: fc.option(fc.integer({ min: 0, max: 96 }).map((q) => q * 15)),
      doseMg: fc.option(mg),
      note: shortText,
      tags: fc.constant([]),
      createdAt: dateTime,
      updatedAt: dateTime,
      editedAt: dateTime,
      versions: fc.array(
        fc.record({
          id: clientId,
          symptoms: fc.constant({ tremor: 1 }),
          sleepMinutes: fc.constant(null),
          doseMg: fc.constant(null),
          note: shortText,
          tags: fc.constant([]),
          editedAt: dateTime,
          supersededAt: dateTime,
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 3 },
  ),
  doses: fc.array(
    dose.map((d) => ({ id: BOB_ID, medicationId: null, form: null, note: '', ...d })),
    { maxLength: 3 },
  ),
  questionnaires: fc.array(
    assessment.map((a) => ({
      id: ANN_IDS[1],
      unscored: {},
      ...a,
      score: a.answers.reduce((sum, n) => sum + n, 0),
      band: null,
      createdAt: '2026-11-24T08:00:00Z',
    })),
    { maxLength: 2 },
  ),
  events: fc.array(
    event.map((e) => ({
      id: ANN_IDS[1],
      note: '',
      ...e,
      occurredOn: e.occurredAt.slice(0, 10),
      createdAt: e.occurredAt,
      confirmedAt: null,
    })),
    { maxLength: 2 },
  ),
  ownSymptoms: fc.array(
    fc.record({
      id: fc.constantFrom(`own-${ANN_IDS[0]}`, `own-${BOB_ID}`, 'own-new', 'tremor'),
      name: shortText,
      group: fc.constantFrom(...SYMPTOM_GROUPS),
      createdAt: dateTime,
      retiredAt: fc.constant(null),
    }),
    { maxLength: 2 },
  ),
  pins: fc.array(
    fc.record({
      symptomId: fc.constantFrom('tremor', 'tinnitus', `own-${ANN_IDS[0]}`, 'own-new'),
      pinned: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
});

const symptomId = param(fc.constantFrom('tremor', 'dizziness', `own-${ANN_IDS[0]}`, `own-${BOB_ID}`, 'own-missing'));
const assessmentQuery = queryOf({
  instrument: fc.constantFrom('ciwa-b', 'bwsq', 'phq-9'),
  from: dateText,
  to: dateText,
});

export const ROUTE_FUZZ: Readonly<Record<string, RouteFuzz>> = {
  'GET /healthz': { as: 'guest', input: onlyQuery() },
  'GET /readyz': { as: 'guest', input: onlyQuery() },
  'GET /api/v1/csrf': { as: 'guest', input: onlyQuery() },
  'POST /api/v1/auth/signup': { as: 'guest', input: withBody(credentials) },
  'POST /api/v1/auth/login': { as: 'guest', input: withBody(credentials) },
  'POST /api/v1/auth/logout': { as: 'guest', input: fc.record({ body: fc.option(hostile, { nil: undefined }) }) },
  'GET /api/v1/auth/me': { as: 'ann', input: onlyQuery() },
  // These change or end the sender's own account, so the guest sends them (Ann's data must stay for the other routes).
  'POST /api/v1/auth/password': {
    as: 'guest',
    input: withBody(fc.record({ currentPassword: givenPassword, newPassword: givenPassword })),
  },
  'POST /api/v1/auth/logout-all': { as: 'guest', input: fc.record({ body: fc.option(hostile, { nil: undefined }) }) },
  'DELETE /api/v1/auth/account': { as: 'guest', input: withBody(fc.record({ password: givenPassword })) },
  'GET /api/v1/auth/sessions': { as: 'ann', input: onlyQuery() },
  'DELETE /api/v1/auth/sessions/:id': {
    as: 'ann',
    input: onlyParams(fc.record({ id: param(fc.oneof(fc.uuid({ version: 4 }), fc.string({ maxLength: 120 }))) })),
  },
  'GET /api/v1/symptoms': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/red-flags': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/medications': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/instruments': { as: 'ann', input: onlyQuery() },
  'PUT /api/v1/checkins/:date': { as: 'ann', input: withBody(checkin, { params: fc.record({ date: dateParam }) }) },
  'GET /api/v1/checkins/:date': { as: 'ann', input: onlyParams(fc.record({ date: dateParam })) },
  'DELETE /api/v1/checkins/:date': { as: 'ann', input: onlyParams(fc.record({ date: dateParam })) },
  'GET /api/v1/checkins/:date/versions': { as: 'ann', input: onlyParams(fc.record({ date: dateParam })) },
  'GET /api/v1/checkins': { as: 'ann', input: onlyQuery(range) },
  'POST /api/v1/events': { as: 'ann', input: withBody(event) },
  'POST /api/v1/events/:id/confirm': { as: 'ann', input: onlyParams(fc.record({ id: param(clientId) }), hostile) },
  'GET /api/v1/events': { as: 'ann', input: onlyQuery() },
  'DELETE /api/v1/events/:id': { as: 'ann', input: onlyParams(fc.record({ id: param(clientId) })) },
  'POST /api/v1/plans/preview': { as: 'ann', input: withBody(plan) },
  'PUT /api/v1/plan': { as: 'ann', input: withBody(plan) },
  'GET /api/v1/plan': { as: 'ann', input: onlyQuery() },
  'POST /api/v1/plan/holds': {
    as: 'ann',
    input: withBody(
      fc.record({
        stepIndex: fc.integer({ min: 0, max: 30 }),
        days: fc.integer({ min: 1, max: 180 }),
        reason: shortText,
      }),
    ),
  },
  'GET /api/v1/reminders.ics': {
    as: 'ann',
    input: onlyQuery(
      queryOf({
        checkinTime: fc.constantFrom('none', '20:00', '24:00', '7:5'),
        doseTimes: fc.constantFrom('', '08:00,21:00', '08:00,,', '1,2,3,4,5,6,7'),
      }),
    ),
  },
  'GET /api/v1/plan.ics': {
    as: 'ann',
    input: onlyQuery(
      queryOf({
        reminder: fc.constantFrom('true', 'false', 'yes'),
        reminderTime: fc.constantFrom('08:30', '23:59', '24:00', '8:00'),
      }),
    ),
  },
  'POST /api/v1/assessments': { as: 'ann', input: withBody(assessment) },
  'GET /api/v1/assessments/prompt': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/assessments': { as: 'ann', input: onlyQuery(assessmentQuery) },
  'GET /api/v1/me/symptoms': { as: 'ann', input: onlyQuery() },
  'PUT /api/v1/me/symptoms/:id/pin': {
    as: 'ann',
    input: withBody(fc.record({ pinned: fc.boolean() }), { params: fc.record({ id: symptomId }) }),
  },
  'POST /api/v1/me/symptoms': {
    as: 'ann',
    input: withBody(
      fc.record(
        { id: clientId, name: shortText, group: fc.constantFrom(...SYMPTOM_GROUPS) },
        { requiredKeys: ['name', 'group'] },
      ),
    ),
  },
  'DELETE /api/v1/me/symptoms/:id': { as: 'ann', input: onlyParams(fc.record({ id: symptomId })) },
  'POST /api/v1/doses': { as: 'ann', input: withBody(dose) },
  'GET /api/v1/doses': { as: 'ann', input: onlyQuery(range) },
  'DELETE /api/v1/doses/:id': { as: 'ann', input: onlyParams(fc.record({ id: param(clientId) })) },
  'GET /api/v1/adherence': { as: 'ann', input: onlyQuery(range) },
  'GET /api/v1/insights/phase': { as: 'ann', input: onlyQuery(queryOf({ date: dateText })) },
  'GET /api/v1/insights/trends': { as: 'ann', input: onlyQuery(range) },
  'GET /api/v1/insights/cuts': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/export.json': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/export/checkins.csv': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/export/doses.csv': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/export/questionnaires.csv': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/export/events.csv': { as: 'ann', input: onlyQuery() },
  'GET /api/v1/export/fhir': { as: 'ann', input: onlyQuery() },
  'POST /api/v1/import': { as: 'ann', input: withBody(importFile) },
  'GET /api/v1/report.pdf': {
    as: 'ann',
    input: onlyQuery(
      queryOf({
        from: dateText,
        to: dateText,
        lang: fc.constantFrom('en', 'de', 'fr', ''),
        name: fc.string(),
        question: fc.string(),
      }),
    ),
  },
  'GET /api/v1/insights/readiness': {
    as: 'ann',
    input: onlyQuery(queryOf({ date: dateText })),
  },
  'POST /api/v1/shares': {
    as: 'ann',
    input: withBody(
      fc.record({
        label: shortText,
        expiresInDays: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), fc.constant(undefined)),
      }),
    ),
  },
  'GET /api/v1/shares': { as: 'ann', input: onlyQuery() },
  'DELETE /api/v1/shares/:id': { as: 'ann', input: onlyParams(fc.record({ id: param(fc.string()) })) },
  // A guessed token: the calm inactive page, never a 5xx (Ann's real links are not known to the fuzz).
  'GET /s/:token': { as: 'guest', input: onlyParams(fc.record({ token: param(fc.base64String()) })) },
  'GET /s/:token/report.pdf': { as: 'guest', input: onlyParams(fc.record({ token: param(fc.string()) })) },
  'GET /share.css': { as: 'guest', input: onlyQuery() },
};
