import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  HoldBodySchema,
  IcsQuerySchema,
  MedicationListSchema,
  ReminderQuerySchema,
  PlanInputSchema,
  PlanSchema,
  SavedPlanSchema,
  type SavedPlan,
} from '../../api/plan-schemas.js';
import { MAX_HOLDS_PER_PLAN, MEDICATIONS, planningFacts, type Plan } from '../../core/index.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { computePlan, loadCurrentPlan } from '../current-plan.js';
import { fail } from '../http-errors.js';
import { planToCalendar } from '../plan-calendar.js';
import { calendarRange } from '../ranges.js';
import { remindersToCalendar } from '../reminder-calendar.js';
import type { ComputedPlans } from '../computed-plans.js';

export interface PlanRouteDeps {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** What the list of revisions shows of each: read without checking the whole request again (issue #9). */
const RevisionSummarySchema = z.object({ medicationId: z.string(), strategy: z.object({ kind: z.string() }) });

export const planRoutes =
  (deps: PlanRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    /** The person's newest plan with its holds applied, and the list of earlier revisions; `store` may be a transaction's. */
    async function savedPlan(userId: string, store: Store = deps.store): Promise<SavedPlan & { plan: Plan }> {
      const current = await loadCurrentPlan(
        { store, computedPlans: deps.computedPlans },
        userId,
        deps.now().toISOString().slice(0, 10),
      );
      if (!current) throw fail('not_found');
      const { revision: latest, input, holds, ignoredHolds, pauses, plan } = current;
      const history = await store.plans.history(userId);
      return {
        revision: latest.revision,
        createdAt: latest.createdAt,
        input: input as unknown as Record<string, unknown>,
        plan,
        holds,
        ignoredHolds,
        pauses,
        revisions: history.map((r) => {
          const parsed = RevisionSummarySchema.safeParse(r.input);
          return {
            revision: r.revision,
            createdAt: r.createdAt,
            medicationId: parsed.success ? parsed.data.medicationId : 'unknown',
            strategy: parsed.success ? parsed.data.strategy.kind : 'unknown',
          };
        }),
      };
    }

    app.get('/medications', { schema: { response: { 200: MedicationListSchema } } }, async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return {
        medications: MEDICATIONS.map(planningFacts),
      };
    });

    // Nothing is stored, but a plan is the costliest computation there is: only people signed in may ask for one
    // (the web's planner is shown only then; the CLI computes locally). docs/adr/0010-bounded-work-per-request.md.
    app.post(
      '/plans/preview',
      { schema: { body: PlanInputSchema, response: { 200: PlanSchema } } },
      async (request) => {
        await deps.sessions.requireUserId(request);
        return computePlan(request.body);
      },
    );

    app.put('/plan', { schema: { body: PlanInputSchema, response: { 200: SavedPlanSchema } } }, async (request) => {
      const userId = await deps.sessions.requireUserId(request);
      computePlan(request.body); // refuse before storing anything
      // The answer is the plan with the person's red-flag pauses, which can still refuse it (too long): one transaction.
      return deps.store.transaction(async (tx) => {
        await tx.plans.saveRevision(userId, deps.newId(), request.body, deps.now().toISOString());
        return savedPlan(userId, tx);
      });
    });

    app.get('/plan', { schema: { response: { 200: SavedPlanSchema } } }, async (request) =>
      savedPlan(await deps.sessions.requireUserId(request)),
    );

    app.post(
      '/plan/holds',
      { schema: { body: HoldBodySchema, response: { 201: SavedPlanSchema } } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const today = deps.now().toISOString().slice(0, 10);
        // Read, store and recompute in one transaction: a hold the planner refuses (a plan over ten years) is rolled back.
        const saved = await deps.store.transaction(async (tx) => {
          const current = await loadCurrentPlan({ store: tx, computedPlans: deps.computedPlans }, userId, today);
          if (!current) throw fail('not_found');
          if (current.holds.length + current.ignoredHolds.length >= MAX_HOLDS_PER_PLAN) throw fail('too_many_holds');
          const step = current.plan.steps[request.body.stepIndex];
          // A hold lengthens a step that still has an end, now or in the future; the past cannot be held.
          if (!step || step.end === null || step.end < today) throw fail('invalid_plan', 'stepIndex');
          await tx.plans.addHold(current.revision.id, deps.newId(), {
            ...request.body,
            createdAt: deps.now().toISOString(),
          });
          const after = await savedPlan(userId, tx);
          // Left out (not among the applied holds) means the planner refused it.
          const ignored = after.ignoredHolds ?? [];
          const refused = ignored.length > current.ignoredHolds.length ? ignored.at(-1) : undefined;
          if (refused) throw fail(refused.code, 'days');
          return after;
        });
        return reply.status(201).send(saved);
      },
    );

    // Holds no personal data (only the times asked for), so a calendar app can fetch it without a session.
    app.get(
      '/reminders.ics',
      { schema: { querystring: ReminderQuerySchema, response: { 200: z.string() } } },
      async (request, reply) => {
        const now = deps.now();
        const ics = remindersToCalendar({
          checkinTime: request.query.checkinTime === 'none' ? null : request.query.checkinTime,
          doseTimes: request.query.doseTimes,
          startDate: now.toISOString().slice(0, 10),
          now,
        });
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="taper-reminders.ics"')
          .send(ics);
      },
    );

    app.get(
      '/plan.ics',
      { schema: { querystring: IcsQuerySchema, response: { 200: z.string() } } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const range = calendarRange(request.query, deps.now()); // refused before any work
        const current = await savedPlan(userId);
        const ics = planToCalendar(current.plan, {
          reminder: request.query.reminder === 'true',
          reminderTime: request.query.reminderTime,
          uidPrefix: `${userId}-r${current.revision}`,
          now: deps.now(),
          range,
        });
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="taper-plan.ics"')
          .send(ics);
      },
    );
  };
