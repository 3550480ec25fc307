/**
 * How symptoms follow cuts: for each past cut with enough check-ins around it, the pre-cut baseline burden, the day
 * of the peak after it and its height above the baseline, and the day the burden settled back (or null); across
 * cuts, the median peak and settling days with how many cuts they rest on, and an event-aligned series (days 0-28:
 * median and interquartile range across cuts, like a glucose AGP "modal day"). Method and its reasons:
 * docs/adr/0013-how-symptoms-follow-cuts.md (a robust baseline with a sustained-return rule).
 *
 * Days count as the phase does: day 1 is the first day at the new dose, day 0 the last day at the old one.
 */
import { addDays, daysBetween, toDayNumber, type CalendarDate } from '../calendar-date.js';
import { mad, median, quartiles } from './stats.js';
import type { BurdenDay, DoseChange } from './types.js';

/** Check-ins needed in the 14 days before a cut (days -13..0) and the 14 after (days 1-14) for it to count. */
export const CUT_WINDOW_DAYS = 14;
export const MIN_CHECKINS_PER_WINDOW = 7;
/** The peak is looked for in days 1-28 (or up to the day before the next cut, if sooner). */
export const PEAK_HORIZON_DAYS = 28;
/** Settling is looked for up to day 56 (or the day before the next cut). */
export const SETTLE_HORIZON_DAYS = 56;
/** Days in a row within the tolerance that make a return sustained. */
export const SETTLE_RUN_DAYS = 3;
/** Tolerance above the baseline: at least 5 points on 0-100, or the baseline's own spread (MAD) if wider. */
export const SETTLE_TOLERANCE_MIN = 5;
/** Fewer qualifying cuts than this: no summary ("not enough data yet"). */
export const MIN_CUTS_FOR_SUMMARY = 2;

export interface CutResponse {
  readonly date: CalendarDate;
  readonly fromMg: number;
  readonly toMg: number;
  readonly baseline: number;
  /** Day after the cut (1-28) with the highest burden; the earliest on a tie. */
  readonly peakDay: number;
  /** Height of the peak above the baseline (negative when every day after was lower). */
  readonly peak: number;
  /** First day of the first sustained return to within the tolerance of the baseline, from the peak on; or null. */
  readonly settledDay: number | null;
  readonly tolerance: number;
  readonly checkinsBefore: number;
  readonly checkinsAfter: number;
}

export interface CutsSummary {
  readonly peakDay: number;
  /** Median over the cuts that settled; null when fewer than two did. */
  readonly settledDay: number | null;
  readonly cutsUsed: number;
  readonly settledCuts: number;
}

export interface AlignedDay {
  /** Day after the cut, 0-28. */
  readonly day: number;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  /** How many cuts have a check-in on this day. */
  readonly cuts: number;
}

export interface CutsInsight {
  readonly cuts: readonly CutResponse[];
  readonly summary: CutsSummary | null;
  readonly aligned: readonly AlignedDay[];
  /** Past cuts left out for want of check-ins around them. */
  readonly cutsWithoutEnoughData: number;
}

type Lookup = ReadonlyMap<number, number>;

/** The burden on each day from `from` to `to` after the cut (days as above) that has one. */
function valuesIn(byDay: Lookup, cutDay: number, from: number, to: number): { day: number; burden: number }[] {
  const values: { day: number; burden: number }[] = [];
  for (let d = from; d <= to; d++) {
    const burden = byDay.get(cutDay + d - 1);
    if (burden !== undefined) values.push({ day: d, burden });
  }
  return values;
}

function settledDayOf(byDay: Lookup, cutDay: number, range: { from: number; to: number; ceiling: number }) {
  let run = 0;
  for (let d = range.from; d <= range.to; d++) {
    const burden = byDay.get(cutDay + d - 1);
    run = burden !== undefined && burden <= range.ceiling ? run + 1 : 0;
    if (run === SETTLE_RUN_DAYS) return d - SETTLE_RUN_DAYS + 1;
  }
  return null;
}

/** One cut's response, or null when it lacks check-ins before or after. `until`: days before the next cut. */
function responseTo(cut: DoseChange, byDay: Lookup, until: number): CutResponse | null {
  const cutDay = toDayNumber(cut.date);
  const before = valuesIn(byDay, cutDay, 1 - CUT_WINDOW_DAYS, 0).map((v) => v.burden);
  const after = valuesIn(byDay, cutDay, 1, Math.min(CUT_WINDOW_DAYS, until));
  if (before.length < MIN_CHECKINS_PER_WINDOW || after.length < MIN_CHECKINS_PER_WINDOW) return null;
  const baseline = median(before) ?? 0;
  let top = after[0] ?? { day: 1, burden: baseline };
  for (const v of valuesIn(byDay, cutDay, 1, Math.min(PEAK_HORIZON_DAYS, until))) if (v.burden > top.burden) top = v;
  const tolerance = Math.max(SETTLE_TOLERANCE_MIN, mad(before));
  const settledDay = settledDayOf(byDay, cutDay, {
    from: top.day,
    to: Math.min(SETTLE_HORIZON_DAYS, until),
    ceiling: baseline + tolerance,
  });
  return {
    date: cut.date,
    fromMg: cut.fromMg,
    toMg: cut.toMg,
    baseline,
    peakDay: top.day,
    peak: top.burden - baseline,
    settledDay,
    tolerance,
    checkinsBefore: before.length,
    checkinsAfter: after.length,
  };
}

function alignedSeries(responses: readonly CutResponse[], byDay: Lookup, untils: ReadonlyMap<string, number>) {
  const aligned: AlignedDay[] = [];
  for (let day = 0; day <= PEAK_HORIZON_DAYS; day++) {
    const values: number[] = [];
    for (const r of responses) {
      const burden = byDay.get(toDayNumber(r.date) + day - 1);
      if (burden !== undefined && day <= (untils.get(r.date) ?? PEAK_HORIZON_DAYS)) values.push(burden);
    }
    aligned.push({ day, ...quartiles(values), cuts: values.length });
  }
  return aligned;
}

function summaryOf(responses: readonly CutResponse[]): CutsSummary | null {
  if (responses.length < MIN_CUTS_FOR_SUMMARY) return null;
  const settled = responses.flatMap((r) => (r.settledDay === null ? [] : [r.settledDay]));
  return {
    peakDay: median(responses.map((r) => r.peakDay)) ?? 0,
    settledDay: settled.length >= MIN_CUTS_FOR_SUMMARY ? median(settled) : null,
    cutsUsed: responses.length,
    settledCuts: settled.length,
  };
}

/**
 * How the burden followed each past cut. `cuts` may come in any order (see cutsOf); only cuts on or before the
 * last check-in's day are past. The burden series is the daily burden (burden.ts), one value per date.
 */
export function followCuts(cuts: readonly DoseChange[], burden: readonly BurdenDay[]): CutsInsight {
  const byDay = new Map<number, number>();
  let last = -Infinity;
  for (const b of burden) {
    const n = toDayNumber(b.date);
    byDay.set(n, b.burden);
    last = Math.max(last, n);
  }
  const ordered = [...cuts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const responses: CutResponse[] = [];
  const untils = new Map<string, number>();
  let without = 0;
  for (const [i, cut] of ordered.entries()) {
    if (toDayNumber(cut.date) > last) break;
    const next = ordered[i + 1];
    const until = next ? daysBetween(cut.date, next.date) : Infinity;
    const response = responseTo(cut, byDay, until);
    if (response) {
      responses.push(response);
      untils.set(cut.date, until);
    } else without++;
  }
  return {
    cuts: responses,
    summary: summaryOf(responses),
    aligned: alignedSeries(responses, byDay, untils),
    cutsWithoutEnoughData: without,
  };
}

/** The median burden of the 14 days before a cut (days -13..0), or null with fewer than 7 check-ins there. */
export function preCutBaseline(cutDate: CalendarDate, burden: readonly BurdenDay[]): number | null {
  const from = addDays(cutDate, -CUT_WINDOW_DAYS);
  const values = burden.filter((b) => b.date >= from && b.date < cutDate).map((b) => b.burden);
  return values.length >= MIN_CHECKINS_PER_WINDOW ? median(values) : null;
}
