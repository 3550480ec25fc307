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
  findInstrument,
  followCuts,
  holdRanges,
  PAUSE_HOLD_REASON,
  recordedRedFlags,
  LOOKBACK_WITHOUT_CUT_DAYS,
  MAX_RANGE_DAYS,
  readiness,
  trends,
  whereAmI,
  burdenSeries,
  windowsAndWaves,
  smallWins,
  type CalendarDate,
  type Plan,
} from '../../core/index.js';
import type { Store, StoredAssessment, StoredCheckin, StoredEvent } from '../../storage/index.js';
import type { Sessions } from '../auth/sessions.js';
import { loadPlanIfValid, type CurrentPlan } from '../current-plan.js';
import { RequestFailure } from '../http-errors.js';

export interface InsightRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
}

const EARLIEST_DATE = '1900-01-01';
const utcDay = (now: Date) => now.toISOString().slice(0, 10);
const yearEnding = (date: CalendarDate) => ({ from: addDays(date, 1 - MAX_RANGE_DAYS), to: date });

function questionnaireMarks(assessments: readonly StoredAssessment[]) {
  return assessments
    .map((a) => {
      const band = findInstrument(a.instrument)?.bands?.find((b) => b.id === a.band);
      return {
        date: a.date,
        instrumentId: a.instrument,
        score: a.score,
        band: a.band,
        contactClinician: band?.contactClinician ?? false,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const eventDay = (e: { occurredOn: CalendarDate | null; occurredAt: string }) =>
  e.occurredOn ?? e.occurredAt.slice(0, 10);

/** Red flags from events, questionnaire answers and check-in answers (core recordedRedFlags). */
function redFlagsOf(records: {
  readonly events: readonly StoredEvent[];
  readonly assessments: readonly StoredAssessment[];
  readonly checkins: readonly StoredCheckin[];
}) {
  return recordedRedFlags({
    events: records.events.map((e) => ({ date: eventDay(e), kind: e.kind })),
    assessments: records.assessments,
    checkins: records.checkins,
  });
}

/** The person's holds with their reasons, then the red-flag pauses' (the order the planner applied them in). */
function holdsOf(current: CurrentPlan | undefined) {
  if (!current) return [];
  const pauses = current.pauses.flatMap((p) =>
    p.stepIndex === null || p.days <= 0 ? [] : [{ stepIndex: p.stepIndex, days: p.days, reason: PAUSE_HOLD_REASON }],
  );
  return holdRanges(current.plan, [...current.holds, ...pauses]);
}

/**
 * The planned dose of each day, asked in date order: one walk along the steps (in date order, as the planner dates
 * them), not a search of a plan of a thousand steps for each of 366 days.
 */
function plannedDoses(plan: Plan | undefined): (date: CalendarDate) => number | null {
  const steps = plan?.steps ?? [];
  let at = 0;
  return (date) => {
    while (at < steps.length && (steps[at]?.end ?? date) < date) at++;
    const step = steps[at];
    return step && step.start <= date ? step.doseMg : null;
  };
}

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
          loadPlanIfValid(deps.store, userId, date),
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
        const [current, checkins, intakes, assessments, events] = await Promise.all([
          loadPlanIfValid(deps.store, userId, today),
          deps.store.checkins.list(userId, { from, to }),
          deps.store.intakes.dailyTotals(userId, { from, to }),
          deps.store.assessments.list(userId, { from, to }),
          deps.store.events.between(userId, { from, to }),
        ]);
        const records = [...checkins].reverse();
        const t = trends(records);
        const plan = current?.plan;
        const taken = new Map<CalendarDate, number>();
        for (const d of intakes) taken.set(d.date, (taken.get(d.date) ?? 0) + d.doseMicrograms * d.count);
        const doses = [];
        const planned = plannedDoses(plan);
        for (let day = from; day <= to; day = addDays(day, 1)) {
          const ug = taken.get(day);
          doses.push({ date: day, plannedMg: planned(day), takenMg: ug === undefined ? null : ug / 1000 });
        }
        const inRange = (d: CalendarDate) => d >= from && d <= to;
        const holds = holdsOf(current).filter((h) => h.to >= from && h.from <= to);
        return {
          from,
          to,
          daily: t.daily,
          burden: t.burden,
          groups: t.groups,
          symptoms: t.symptoms,
          sleep: records.map((c) => ({ date: c.date, hours: c.sleepMinutes === null ? null : c.sleepMinutes / 60 })),
          questionnaires: questionnaireMarks(assessments),
          doses,
          cuts: plan ? cutsOf(doseChanges(plan)).filter((c) => inRange(c.date)) : [],
          holds,
          redFlags: redFlagsOf({ events, assessments, checkins }),
          episodes: windowsAndWaves(records),
          wins: smallWins({ records, asOf: to, since: plan?.steps[0]?.start ?? null }),
        };
      },
    );

    app.get('/insights/cuts', { schema: { response: { 200: CutsAnswerSchema } } }, async (request) => {
      const { userId, date } = await userDay(deps, request);
      const range = yearEnding(date);
      const [current, checkins] = await Promise.all([
        loadPlanIfValid(deps.store, userId, date),
        deps.store.checkins.list(userId, range),
      ]);
      const cuts = current
        ? cutsOf(doseChanges(current.plan)).filter((c) => c.date >= range.from && c.date <= date)
        : [];
      const result = followCuts(cuts, burdenSeries(checkins));
      return {
        cuts: result.cuts.map((c) => ({
          date: c.date,
          fromMg: c.fromMg,
          toMg: c.toMg,
          baseline: c.baseline,
          peakDay: c.peakDay,
          peak: c.peak,
          settledDay: c.settledDay,
        })),
        summary: result.summary && {
          peakDay: result.summary.peakDay,
          settledDay: result.summary.settledDay,
          cutsUsed: result.summary.cutsUsed,
        },
        aligned: result.aligned.map((a) => ({ day: a.day, median: a.median, q1: a.q1, q3: a.q3, n: a.cuts })),
        cutsWithoutEnoughData: result.cutsWithoutEnoughData,
      };
    });

    app.get(
      '/insights/readiness',
      { schema: { querystring: InsightDateQuerySchema, response: { 200: ReadinessAnswerSchema } } },
      async (request) => {
        const { userId, date } = await userDay(deps, request, request.query.date);
        const current = await loadPlanIfValid(deps.store, userId, date);
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
