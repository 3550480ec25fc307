/**
 * GET /api/v1/report.pdf (issue #12 §1): the doctor report of one period, as a tagged PDF download. Built from the
 * same reads as the insights (insight-reads.ts) and the same adherence as GET /adherence, through the pure
 * core reportModel, so its figures are the API's. Bounded: a period of at most 366 days.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { REPORT_DEFAULT_DAYS, ReportQuerySchema } from '../../api/report-schemas.js';
import { boundedRange, MAX_RANGE_DAYS } from '../../core/index.js';
import type { Store } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { RequestFailure } from '../http-errors.js';
import { renderReportPdf } from '../report/report-pdf.js';
import { readReport } from '../report/report-read.js';
import { reportLang } from '../report/report-words.js';
import type { ComputedPlans } from '../computed-plans.js';

export interface ReportRouteDeps {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
  readonly sessions: Sessions;
  readonly now: () => Date;
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
        const lang = reportLang(request.query.lang, request.headers['accept-language']);
        const { model, words } = await readReport(deps, { userId, from, to, today, lang });
        const name = request.query.name === undefined || request.query.name === '' ? null : request.query.name;
        const pdf = await renderReportPdf(model, words, { name, questions: request.query.question ?? [] });
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="taper-report-${from}-to-${to}.pdf"`)
          .send(pdf);
      },
    );
  };
