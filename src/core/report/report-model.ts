/**
 * The doctor report's content as data (issue #12 §1): codes and numbers only, no sentence. The server words it (its
 * own catalogue) and lays it out as a PDF; the Report screen shows the same. It is built from the person's records of
 * the period, their plan, and the insights of the same period (the trend, how symptoms follow cuts, adherence), so
 * the report carries the very figures the insights API answers. Everything dated lies inside the period.
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { CheckinRecord, CheckinTag } from '../checkin.js';
import type { DayStatus } from '../adherence.js';
import type { RollingPoint } from '../insights/burden.js';
import type { QuestionnaireMark } from '../insights/readiness.js';
import type { RecordedRedFlag } from '../insights/recorded-red-flags.js';
import type { BurdenDay } from '../insights/types.js';
import type { Plan } from '../plan/plan-types.js';

/** The check-in tag that marks a day's note for the doctor's report. */
export const FOR_DOCTOR_TAG = 'for-doctor' satisfies CheckinTag;
/** How many symptoms a week lists, highest mean first. */
export const TOP_SYMPTOMS_PER_WEEK = 3;
export const REPORT_WEEK_DAYS = 7;
/** The longest name a person may put on their reports. */
export const REPORT_NAME_MAX = 80;
/** The questions for the doctor a report carries, and the length of each. */
export const REPORT_QUESTIONS_MAX = 10;
export const REPORT_QUESTION_MAX = 300;

export interface ReportRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

export interface ReportDoseDay {
  readonly date: CalendarDate;
  readonly plannedMg: number | null;
  readonly takenMg: number | null;
}

/** What the report needs of the insights for its period (the trends answer and the cuts answer fit). */
export interface ReportInsights {
  readonly daily: readonly BurdenDay[];
  readonly burden: readonly RollingPoint[];
  readonly doses: readonly ReportDoseDay[];
  readonly cuts: readonly { readonly date: CalendarDate; readonly fromMg: number; readonly toMg: number }[];
  readonly holds: readonly ReportRange[];
  readonly redFlags: readonly RecordedRedFlag[];
  readonly questionnaires: readonly QuestionnaireMark[];
  readonly cutResponse: {
    readonly summary: {
      readonly peakDay: number;
      readonly settledDay: number | null;
      readonly cutsUsed: number;
    } | null;
    readonly cutsWithoutEnoughData: number;
  };
  readonly adherence: readonly { readonly date: CalendarDate; readonly status: DayStatus }[];
}

export interface ReportInput {
  readonly range: ReportRange;
  readonly plan: Plan | null;
  /** The period's check-ins (any order). */
  readonly checkins: readonly CheckinRecord[];
  readonly insights: ReportInsights;
}

export type CutResponseCode = 'summary' | 'not-enough-data' | 'no-cuts';

export interface WeekTop {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly checkinDays: number;
  /** Mean severity (0-3) over the week's days that rated the symptom; highest first, at most TOP_SYMPTOMS_PER_WEEK. */
  readonly top: readonly { readonly symptomId: string; readonly mean: number; readonly days: number }[];
}

export type AdherenceCounts = Readonly<Record<DayStatus, number>>;

export interface ReportModel {
  readonly period: ReportRange & { readonly days: number };
  /** Null without a plan. `currentDoseMg`: the plan's daily dose on the period's last day (null: no step then). */
  readonly medication: {
    readonly medicationId: string;
    readonly doseScale: string;
    readonly currentDoseMg: number | null;
  } | null;
  readonly doses: readonly ReportDoseDay[];
  readonly cuts: ReportInsights['cuts'];
  readonly holds: readonly ReportRange[];
  readonly burden: {
    readonly daily: readonly BurdenDay[];
    readonly mean: readonly RollingPoint[];
    /** The 7-day mean on the first and the last day of the period that has one. */
    readonly firstMean: number | null;
    readonly lastMean: number | null;
  };
  readonly cutResponse: {
    readonly code: CutResponseCode;
    readonly peakDay: number | null;
    readonly settledDay: number | null;
    readonly cutsUsed: number;
    readonly cutsInPeriod: number;
    readonly cutsWithoutEnoughData: number;
  };
  readonly questionnaires: readonly QuestionnaireMark[];
  readonly redFlags: readonly RecordedRedFlag[];
  /** Days by adherence status; `plannedDays` are the days the plan covers. */
  readonly adherence: { readonly counts: AdherenceCounts; readonly plannedDays: number };
  readonly coverage: { readonly checkinDays: number; readonly days: number };
  readonly weeks: readonly WeekTop[];
  /** Notes of check-ins tagged FOR_DOCTOR_TAG, in date order (the person's own words, as written). */
  readonly doctorNotes: readonly { readonly date: CalendarDate; readonly note: string }[];
}

const byDate = <T extends { readonly date: CalendarDate }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

function stepDose(plan: Plan | null, date: CalendarDate): number | null {
  const step = plan?.steps.find((s) => s.start <= date && (s.end === null || date <= s.end));
  return step ? step.doseMg : null;
}

const STATUSES: readonly DayStatus[] = ['as-planned', 'less', 'much-less', 'more', 'missed', 'not-recorded', 'no-plan'];

function adherenceCounts(days: ReportInsights['adherence'], inRange: (d: CalendarDate) => boolean) {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<DayStatus, number>;
  for (const d of days) if (inRange(d.date)) counts[d.status] += 1;
  return { counts, plannedDays: STATUSES.reduce((n, s) => (s === 'no-plan' ? n : n + counts[s]), 0) };
}

/** The period in weeks from its first day (the last may be shorter), each with its most severe symptoms. */
export function weeklyTop(range: ReportRange, checkins: readonly CheckinRecord[]): WeekTop[] {
  const weeks: WeekTop[] = [];
  for (let from = range.from; from <= range.to; from = addDays(from, REPORT_WEEK_DAYS)) {
    const last = addDays(from, REPORT_WEEK_DAYS - 1);
    const to = last < range.to ? last : range.to;
    const days = new Set<CalendarDate>();
    const sums = new Map<string, { sum: number; days: number }>();
    for (const c of checkins) {
      if (c.date < from || c.date > to) continue;
      days.add(c.date);
      for (const s of c.severities) {
        const had = sums.get(s.symptomId) ?? { sum: 0, days: 0 };
        sums.set(s.symptomId, { sum: had.sum + s.severity, days: had.days + 1 });
      }
    }
    const top = [...sums.entries()]
      .map(([symptomId, v]) => ({ symptomId, mean: v.sum / v.days, days: v.days }))
      .filter((s) => s.mean > 0)
      .sort((a, b) => b.mean - a.mean || (a.symptomId < b.symptomId ? -1 : 1))
      .slice(0, TOP_SYMPTOMS_PER_WEEK);
    weeks.push({ from, to, checkinDays: days.size, top });
  }
  return weeks;
}

function cutResponseOf(input: ReportInput, cutsInPeriod: number): ReportModel['cutResponse'] {
  const { summary, cutsWithoutEnoughData } = input.insights.cutResponse;
  const code: CutResponseCode = summary ? 'summary' : cutsInPeriod === 0 ? 'no-cuts' : 'not-enough-data';
  return {
    code,
    peakDay: summary?.peakDay ?? null,
    settledDay: summary?.settledDay ?? null,
    cutsUsed: summary?.cutsUsed ?? 0,
    cutsInPeriod,
    cutsWithoutEnoughData,
  };
}

/** The report of one period. Pure: the same input gives the same model. */
export function reportModel(input: ReportInput): ReportModel {
  const { range, plan, insights } = input;
  const inRange = (d: CalendarDate) => d >= range.from && d <= range.to;
  const checkins = input.checkins.filter((c) => inRange(c.date));
  const mean = insights.burden.filter((p) => inRange(p.date));
  const withMean = mean.filter((p) => p.mean !== null);
  const cuts = insights.cuts.filter((c) => inRange(c.date));
  return {
    period: { ...range, days: daysBetween(range.from, range.to) + 1 },
    medication: plan
      ? { medicationId: plan.medicationId, doseScale: plan.doseScale, currentDoseMg: stepDose(plan, range.to) }
      : null,
    doses: insights.doses.filter((d) => inRange(d.date)),
    cuts,
    holds: insights.holds
      .filter((h) => h.to >= range.from && h.from <= range.to)
      .map((h) => ({ from: h.from < range.from ? range.from : h.from, to: h.to > range.to ? range.to : h.to })),
    burden: {
      daily: insights.daily.filter((d) => inRange(d.date)),
      mean,
      firstMean: withMean[0]?.mean ?? null,
      lastMean: withMean[withMean.length - 1]?.mean ?? null,
    },
    cutResponse: cutResponseOf(input, cuts.length),
    questionnaires: insights.questionnaires.filter((q) => inRange(q.date)).sort(byDate),
    redFlags: insights.redFlags.filter((f) => inRange(f.date)).sort(byDate),
    adherence: adherenceCounts(insights.adherence, inRange),
    coverage: { checkinDays: new Set(checkins.map((c) => c.date)).size, days: daysBetween(range.from, range.to) + 1 },
    weeks: weeklyTop(range, checkins),
    doctorNotes: checkins
      .filter((c) => c.tags.includes(FOR_DOCTOR_TAG) && c.note.trim() !== '')
      .map((c) => ({ date: c.date, note: c.note }))
      .sort(byDate),
  };
}
