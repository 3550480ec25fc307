/**
 * GET /api/v1/report.pdf (issue #12 §1): the doctor report of one period, as a tagged PDF download. Built from the
 * same reads as the insights (insight-reads.ts) and the same adherence as GET /adherence, through the pure
 * core reportModel, so its figures are the API's. Bounded: a period of at most 366 days.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REPORT_DEFAULT_DAYS, ReportQuerySchema } from '../../api/report-schemas.js';
import {
  assessAdherence,
  boundedRange,
  MAX_RANGE_DAYS,
  reportModel,
  rollingPointsOf,
  type CalendarDate,
} from '../../core/index.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { loadPlanIfValid } from '../current-plan.js';
import { RequestFailure } from '../http-errors.js';
import { readCuts, readTrends } from '../insight-reads.js';
import { renderReportPdf } from '../report/report-pdf.js';
import { reportLang, reportWords } from '../report/report-words.js';
import type { ComputedPlans } from '../computed-plans.js';

export interface ReportRouteDeps {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
  readonly sessions: Sessions;
  readonly now: () => Date;
}

interface PeriodRead {
  readonly userId: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly today: CalendarDate;
}

/** Adherence of the period exactly as GET /adherence judges it (check-in doses count where nothing was logged). */
async function adherenceOf(deps: ReportRouteDeps, read: PeriodRead) {
  const { userId, from, to, today } = read;
  const [current, intakes, recordedSince, checkinDoses] = await Promise.all([
    loadPlanIfValid(deps, userId, today),
    deps.store.intakes.dailyTotals(userId, { from, to }),
    deps.store.intakes.firstDate(userId),
    deps.store.checkins.doses(userId, { from, to }),
  ]);
  const since = [recordedSince, checkinDoses[0]?.date ?? null].filter((d): d is string => d !== null).sort()[0];
  const doses = new Map(checkinDoses.map((c) => [c.date, c.doseMicrograms] as const));
  return {
    plan: current?.plan ?? null,
    days: assessAdherence(current?.plan, intakes, { from, to, recordedSince: since ?? null, openFrom: today }, doses)
      .days,
  };
}

export const reportRoutes =
  (deps: ReportRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // A whole record's figures and charts: it spends from the account's heavy budget too (api-rate-limit.ts).
    app.get(
      '/report.pdf',
      { config: { heavy: true }, schema: { querystring: ReportQuerySchema } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const today = deps.now().toISOString().slice(0, 10);
        const range = boundedRange(request.query, {
          latest: today,
          defaultDays: REPORT_DEFAULT_DAYS,
          maxDays: MAX_RANGE_DAYS,
        });
        if (!range.ok) throw new RequestFailure(range.error);
        const { from, to } = range.value;
        const read = { userId, from, to, today };
        const [trend, cuts, adherence, checkins, own] = await Promise.all([
          readTrends(deps, read),
          readCuts(deps, { userId, from, to }),
          adherenceOf(deps, read),
          deps.store.checkins.list(userId, { from, to }),
          deps.store.symptoms.own(userId),
        ]);
        const model = reportModel({
          range: { from, to },
          plan: adherence.plan,
          checkins,
          insights: { ...trend, burden: rollingPointsOf(trend.burden), cutResponse: cuts, adherence: adherence.days },
        });
        const lang = reportLang(request.query.lang, request.headers['accept-language']);
        const words = reportWords(lang, new Map(own.map((s) => [s.id, s.name])));
        const name = request.query.name === undefined || request.query.name === '' ? null : request.query.name;
        const pdf = await renderReportPdf(model, words, { name, questions: request.query.question ?? [] });
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="taper-report-${from}-to-${to}.pdf"`)
          .send(pdf);
      },
    );
  };
