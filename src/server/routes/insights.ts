/**
 * The insights (issue #11): where am I, trends, how symptoms follow cuts, readiness. Computed by the core from the
 * person's own records only, and bounded: every read is a range of at most a year (MAX_RANGE_DAYS) ending on the
 * day asked for, so the work follows that year, never the whole record.
 *  - phase: the plan (with holds and pauses) and the intakes of the year ending `date`;
 *  - trends: check-ins, intakes, assessments and events of `from`..`to` (at most 366 days, default the last 90);
 *    red flags from all three (core recordedRedFlags), holds with the reason the person gave;
 *  - cuts: the cuts of the year ending today and the check-ins of that year;
 *  - readiness: check-ins, assessments, events and intakes from 14 days before the last cut (or 28 days back) to
 *    `date`, at most a year.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CutsAnswerSchema,
  InsightDateQuerySchema,
  InsightRangeQuerySchema,
  PhaseAnswerSchema,
  ReadinessAnswerSchema,
  TRENDS_DEFAULT_DAYS,
  TrendsAnswerSchema,
} from '../../api/insight-schemas.js';
import {
  addDays,
  assessAdherence,
  boundedRange,
  CUT_WINDOW_DAYS,
  cutsOf,
  doseChanges,
  LOOKBACK_WITHOUT_CUT_DAYS,
  MAX_RANGE_DAYS,
  readiness,
  whereAmI,
} from '../../core/index.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { loadPlanIfValid } from '../current-plan.js';
import { questionnaireMarks, readCuts, readTrends, redFlagsOf, yearEnding } from '../insight-reads.js';
import { RequestFailure } from '../http-errors.js';
import type { ComputedPlans } from '../computed-plans.js';

export interface InsightRouteDeps {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
  readonly sessions: Sessions;
  readonly now: () => Date;
}

const EARLIEST_DATE = '1900-01-01';
const utcDay = (now: Date) => now.toISOString().slice(0, 10);

async function userDay(deps: InsightRouteDeps, request: Parameters<Sessions['requireUserId']>[0], date?: string) {
  const userId = await deps.sessions.requireUserId(request);
  return { userId, date: date ?? utcDay(deps.now()) };
}

export const insightRoutes =
  (deps: InsightRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/insights/phase',
      { schema: { querystring: InsightDateQuerySchema, response: { 200: PhaseAnswerSchema } } },
      async (request) => {
        const { userId, date } = await userDay(deps, request, request.query.date);
        const [current, doses] = await Promise.all([
          loadPlanIfValid(deps, userId, date),
          deps.store.intakes.dailyTotals(userId, yearEnding(date)),
        ]);
        const at = whereAmI({ plan: current?.plan ?? null, doses, date });
        return {
          date,
          phase: at.phase,
          day: at.day,
          change: at.change,
          typical: { code: at.typical.code, sources: at.typical.sources },
          windows: { used: at.typical.windows, longActing: at.typical.longActing },
        };
      },
    );

    app.get(
      '/insights/trends',
      { schema: { querystring: InsightRangeQuerySchema, response: { 200: TrendsAnswerSchema } } },
      async (request) => {
        const userId = await deps.sessions.requireUserId(request);
        const today = utcDay(deps.now());
        const range = boundedRange(request.query, {
          latest: today,
          defaultDays: TRENDS_DEFAULT_DAYS,
          maxDays: MAX_RANGE_DAYS,
        });
        if (!range.ok) throw new RequestFailure(range.error);
        // The default 90 days before an early `to` may reach before the first calendar date the API knows (1900).
        const { to } = range.value;
        const from = range.value.from < EARLIEST_DATE ? EARLIEST_DATE : range.value.from;
        return readTrends(deps, { userId, from, to, today });
      },
    );

    app.get('/insights/cuts', { schema: { response: { 200: CutsAnswerSchema } } }, async (request) => {
      const { userId, date } = await userDay(deps, request);
      return readCuts(deps, { userId, to: date });
    });

    app.get(
      '/insights/readiness',
      { schema: { querystring: InsightDateQuerySchema, response: { 200: ReadinessAnswerSchema } } },
      async (request) => {
        const { userId, date } = await userDay(deps, request, request.query.date);
        const current = await loadPlanIfValid(deps, userId, date);
        const plan = current?.plan ?? null;
        const last = plan
          ? cutsOf(doseChanges(plan))
              .filter((c) => c.date <= date)
              .pop()
          : undefined;
        const wanted = last ? addDays(last.date, -CUT_WINDOW_DAYS) : addDays(date, -LOOKBACK_WITHOUT_CUT_DAYS);
        const year = yearEnding(date);
        const range = { from: wanted > year.from ? wanted : year.from, to: date };
        const [checkins, assessments, events, intakes] = await Promise.all([
          deps.store.checkins.list(userId, range),
          deps.store.assessments.list(userId, range),
          deps.store.events.between(userId, range),
          deps.store.intakes.dailyTotals(userId, range),
        ]);
        const adherence = assessAdherence(plan ?? undefined, intakes, {
          ...range,
          recordedSince: null,
          openFrom: date,
        });
        const result = readiness({
          plan,
          date,
          records: checkins,
          questionnaires: questionnaireMarks(assessments),
          // Every red flag counts, whether recorded as an event or answered in a questionnaire or a check-in.
          redFlags: redFlagsOf({ events, assessments, checkins }).map((m) => ({ date: m.date, kind: m.code })),
          adherence,
        });
        return { date, ...result };
      },
    );
  };
