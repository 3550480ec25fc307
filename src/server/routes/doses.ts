import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DateRangeQuerySchema } from '../../api/schemas.js';
import {
  AdherenceSchema,
  DoseBodySchema,
  DoseListSchema,
  DoseParamsSchema,
  DoseSchema,
} from '../../api/dose-schemas.js';
import { RED_FLAG_WORDS } from '../../api/red-flag-words.js';
import { addDays, assessAdherence, mgToMicrograms, type Intake } from '../../core/index.js';
import { MAX_DOSES_LISTED, type Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { loadPlanIfValid } from '../current-plan.js';
import { fail } from '../http-errors.js';
import { adherenceRange, listRange } from '../ranges.js';
import type { ComputedPlans } from '../computed-plans.js';

export interface DoseRouteDeps {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
}

const view = (i: Intake) => ({
  id: i.id,
  date: i.date,
  takenAt: i.takenAt,
  medicationId: i.medicationId,
  doseMg: i.doseMicrograms / 1000,
  form: i.form,
  note: i.note,
});

export const doseRoutes =
  (deps: DoseRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/doses',
      { schema: { body: DoseBodySchema, response: { 200: DoseSchema, 201: DoseSchema } } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const now = deps.now();
        const { body } = request;
        if (body.date > addDays(now.toISOString().slice(0, 10), 1)) throw fail('date_in_future', 'date');
        const result = await deps.store.intakes.create(
          userId,
          {
            id: body.id ?? deps.newId(),
            date: body.date,
            // Stored in UTC so intakes sort correctly whatever offset the device reported.
            takenAt: new Date(body.takenAt).toISOString(),
            medicationId: body.medicationId,
            doseMicrograms: mgToMicrograms(body.doseMg),
            form: body.form,
            note: body.note,
          },
          now.toISOString(),
        );
        if (result === 'taken') throw fail('invalid_input', 'id');
        return reply.status(result.status === 'created' ? 201 : 200).send(view(result.intake));
      },
    );

    app.get(
      '/doses',
      { schema: { querystring: DateRangeQuerySchema, response: { 200: DoseListSchema } } },
      async (request) => {
        const userId = await deps.sessions.requireUserId(request);
        const doses = await deps.store.intakes.list(userId, listRange(request.query, deps.now()));
        // More than one answer carries: a shorter range, never a list with some left out unsaid.
        if (doses.length > MAX_DOSES_LISTED) throw fail('range_too_long', 'from');
        return { doses: doses.map(view) };
      },
    );

    app.delete('/doses/:id', { schema: { params: DoseParamsSchema } }, async (request, reply) => {
      const userId = await deps.sessions.requireUserId(request);
      if (!(await deps.store.intakes.delete(userId, request.params.id))) throw fail('not_found');
      return reply.status(204).send();
    });

    app.get(
      '/adherence',
      { schema: { querystring: DateRangeQuerySchema, response: { 200: AdherenceSchema } } },
      async (request) => {
        const userId = await deps.sessions.requireUserId(request);
        const now = deps.now();
        const today = now.toISOString().slice(0, 10);
        const { from, to } = adherenceRange(request.query, now);
        // Day totals and check-in doses only: the work follows the days asked for, not how much was logged on them.
        const [current, intakes, recordedSince, checkins] = await Promise.all([
          loadPlanIfValid(deps, userId, today),
          deps.store.intakes.dailyTotals(userId, { from, to }),
          deps.store.intakes.firstDate(userId),
          deps.store.checkins.doses(userId, { from, to }),
        ]);
        // The dose written in a day's check-in counts as that day's record when nothing was logged (one fact).
        const checkinDoses = new Map(checkins.map((c) => [c.date, c.doseMicrograms] as const));
        const firstCheckinDose = checkins[0]?.date ?? null;
        const since = [recordedSince, firstCheckinDose].filter((d): d is string => d !== null).sort()[0] ?? null;
        // Today is not over (and may already be tomorrow east of UTC): its doses are shown, not yet judged as a risk.
        const result = assessAdherence(
          current?.plan,
          intakes,
          { from, to, recordedSince: since, openFrom: today },
          checkinDoses,
        );
        const guidance = [...(RED_FLAG_WORDS['missed-doses']?.guidance ?? [])];
        return { from, to, days: result.days, risks: result.risks.map((r) => ({ ...r, guidance })) };
      },
    );
  };
