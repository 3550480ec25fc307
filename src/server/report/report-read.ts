/**
 * One person's report of a period, read and built: the records, the plan and the insights of the same period
 * (insight-reads.ts), so the report carries the very figures the insights API answers. Shared by the report route
 * and the share link's page and PDF.
 */
import {
  assessAdherence,
  reportModel,
  rollingPointsOf,
  type CalendarDate,
  type ReportModel,
} from '../../core/index.js';
import { loadPlanIfValid, type PlanSource } from '../current-plan.js';
import { readCuts, readTrends } from '../insight-reads.js';
import { reportWords, type ReportLang, type ReportWords } from './report-words.js';

export interface PeriodRead {
  readonly userId: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** The server's day: the plan in effect is today's. */
  readonly today: CalendarDate;
}

/** Adherence of the period exactly as GET /adherence judges it (check-in doses count where nothing was logged). */
async function adherenceOf(deps: PlanSource, read: PeriodRead) {
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

/** The report's content of `from`..`to` and its words in `lang` (own symptoms by the names the person gave them). */
export async function readReport(
  deps: PlanSource,
  read: PeriodRead & { readonly lang: ReportLang },
): Promise<{ readonly model: ReportModel; readonly words: ReportWords }> {
  const { userId, from, to } = read;
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
  return { model, words: reportWords(read.lang, new Map(own.map((s) => [s.id, s.name]))) };
}
