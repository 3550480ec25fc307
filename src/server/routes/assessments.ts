import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssessmentBodySchema,
  AssessmentListSchema,
  AssessmentPromptSchema,
  AssessmentQuerySchema,
  AssessmentSchema,
  InstrumentListSchema,
} from '../../api/assessment-schemas.js';
import {
  addDays,
  assessmentPrompt,
  findInstrument,
  INSTRUMENTS,
  maxScore,
  scoreInstrument,
  type Instrument,
} from '../../core/index.js';
import { MAX_LIST_ROWS, type Store, type StoredAssessment } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { loadPlanIfValid } from '../current-plan.js';
import { fail, RequestFailure } from '../http-errors.js';
import { listRange } from '../ranges.js';
import type { ComputedPlans } from '../computed-plans.js';

export interface AssessmentRouteDeps {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
}

function view(a: StoredAssessment) {
  const instrument = findInstrument(a.instrument);
  const band = instrument?.bands?.find((b) => b.id === a.band);
  return {
    ...a,
    maxScore: instrument ? maxScore(instrument) : 0,
    contactClinician: band?.contactClinician ?? false,
  };
}

/** Unscored answers (e.g. hours slept) must be the instrument's own questions, within their range. */
function checkUnscored(instrument: Instrument, unscored: Readonly<Record<string, number>>): void {
  for (const [id, value] of Object.entries(unscored)) {
    const question = instrument.unscored.find((q) => q.id === id);
    if (!question || value > question.max) throw fail('invalid_input', `unscored.${id}`);
  }
}

export const assessmentRoutes =
  (deps: AssessmentRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/instruments', { schema: { response: { 200: InstrumentListSchema } } }, async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return {
        instruments: INSTRUMENTS.map((i) => ({
          ...i,
          maxScore: maxScore(i),
          bands: i.bands?.map((b) => ({ ...b, contactClinician: b.contactClinician === true })) ?? null,
        })),
      };
    });

    app.post(
      '/assessments',
      { schema: { body: AssessmentBodySchema, response: { 200: AssessmentSchema, 201: AssessmentSchema } } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const { body } = request;
        const instrument = findInstrument(body.instrument);
        if (!instrument) throw fail('invalid_input', 'instrument');
        const now = deps.now();
        if (body.date > addDays(now.toISOString().slice(0, 10), 1)) throw fail('date_in_future', 'date');
        const scored = scoreInstrument(instrument, body.answers);
        if (!scored.ok) throw new RequestFailure(scored.error);
        checkUnscored(instrument, body.unscored);
        const result = await deps.store.assessments.create(userId, {
          id: body.id ?? deps.newId(),
          instrument: instrument.id,
          date: body.date,
          answers: body.answers,
          unscored: body.unscored,
          score: scored.value.score,
          band: scored.value.band,
          createdAt: now.toISOString(),
        });
        if (result === 'taken') throw fail('invalid_input', 'id');
        return reply.status(result.status === 'created' ? 201 : 200).send(view(result.assessment));
      },
    );

    app.get('/assessments/prompt', { schema: { response: { 200: AssessmentPromptSchema } } }, async (request) => {
      const userId = await deps.sessions.requireUserId(request);
      const today = deps.now().toISOString().slice(0, 10);
      const [current, answered, user] = await Promise.all([
        loadPlanIfValid(deps, userId, today),
        deps.store.assessments.list(userId, { from: addDays(today, -60), to: today }),
        deps.store.users.findById(userId),
      ]);
      const history = {
        answeredDates: answered.map((a) => a.date),
        ...(user ? { accountSince: user.createdAt.slice(0, 10) } : {}),
      };
      return {
        prompt: assessmentPrompt(current?.plan, history, today),
        instrument: 'ciwa-b',
      };
    });

    app.get(
      '/assessments',
      { schema: { querystring: AssessmentQuerySchema, response: { 200: AssessmentListSchema } } },
      async (request) => {
        const userId = await deps.sessions.requireUserId(request);
        const { instrument, ...range } = request.query;
        const assessments = await deps.store.assessments.list(userId, listRange(range, deps.now()), instrument);
        // More than one answer carries: a shorter range, never a list with some left out unsaid.
        if (assessments.length > MAX_LIST_ROWS) throw fail('range_too_long', 'from');
        return { assessments: assessments.map(view) };
      },
    );
  };
