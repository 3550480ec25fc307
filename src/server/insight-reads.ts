/**
 * The insights' reads for one person (issue #11), shared by the insights routes and the doctor report (#12), so the
 * report carries the very figures the insights API answers for the same period.
 *  - readTrends: check-ins, intakes, assessments and events of `from`..`to`; red flags from all three (core
 *    recordedRedFlags), holds with the reason the person gave;
 *  - readCuts: the cuts of the year ending `to` (or only those from `from` on) and the check-ins of that year.
 */
import type { CutsAnswer, TrendsAnswer } from '../api/insight-schemas.js';
import {
  addDays,
  burdenSeries,
  cutsOf,
  doseChanges,
  findInstrument,
  followCuts,
  holdRanges,
  MAX_RANGE_DAYS,
  PAUSE_HOLD_REASON,
  recordedRedFlags,
  rollingColumns,
  smallWins,
  trends,
  windowsAndWaves,
  type CalendarDate,
  type Plan,
  type RollingColumns,
  type RollingPoint,
} from '../core/index.js';
import type { StoredAssessment, StoredCheckin, StoredEvent } from '../storage/index.js';
import { loadPlanIfValid, type CurrentPlan, type PlanSource } from './current-plan.js';

export type InsightReadDeps = PlanSource;

export const yearEnding = (date: CalendarDate) => ({ from: addDays(date, 1 - MAX_RANGE_DAYS), to: date });

export function questionnaireMarks(assessments: readonly StoredAssessment[]) {
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
export function redFlagsOf(records: {
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

const columnsOf = <K extends string>(series: Partial<Record<K, readonly RollingPoint[]>>) =>
  Object.fromEntries(
    Object.entries<readonly RollingPoint[] | undefined>(series).map(([id, points]) => [
      id,
      rollingColumns(points ?? []),
    ]),
  ) as Record<K, RollingColumns>;

export interface TrendsRead {
  readonly userId: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** The plan is the one in effect today (the server's day). */
  readonly today: CalendarDate;
}

/** The trend of `from`..`to` (at most a year; the caller bounds it), as GET /insights/trends answers it. */
export async function readTrends(deps: InsightReadDeps, read: TrendsRead): Promise<TrendsAnswer> {
  const { userId, from, to, today } = read;
  const [current, checkins, intakes, assessments, events] = await Promise.all([
    loadPlanIfValid(deps, userId, today),
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
    burden: rollingColumns(t.burden),
    groups: columnsOf(t.groups),
    symptoms: columnsOf(t.symptoms),
    sleep: records.map((c) => ({ date: c.date, hours: c.sleepMinutes === null ? null : c.sleepMinutes / 60 })),
    questionnaires: questionnaireMarks(assessments),
    doses,
    cuts: plan ? cutsOf(doseChanges(plan)).filter((c) => inRange(c.date)) : [],
    holds,
    redFlags: redFlagsOf({ events, assessments, checkins }),
    episodes: windowsAndWaves(records),
    wins: smallWins({ records, asOf: to, since: plan?.steps[0]?.start ?? null }),
  };
}

/** How symptoms follow the cuts of the year ending `to` (only those from `from` on, if given), as GET /insights/cuts. */
export async function readCuts(
  deps: InsightReadDeps,
  read: { readonly userId: string; readonly to: CalendarDate; readonly from?: CalendarDate },
): Promise<CutsAnswer> {
  const { userId, to: date } = read;
  const range = yearEnding(date);
  const [current, checkins] = await Promise.all([
    loadPlanIfValid(deps, userId, date),
    deps.store.checkins.list(userId, range),
  ]);
  const cuts = current
    ? cutsOf(doseChanges(current.plan)).filter((c) => c.date >= (read.from ?? range.from) && c.date <= date)
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
}
