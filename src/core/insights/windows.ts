/**
 * Windows (two or more days in a row clearly better than the person's own recent baseline), waves (clearly worse)
 * and small wins, as codes with data. The baseline of a day is the median burden of the 28 days before it (at least
 * 7 check-ins); "clearly" is 10 points on the 0-100 burden, about one severity step on a third of the symptoms
 * rated. Design choices (docs/adr/0013-how-symptoms-follow-cuts.md), not clinical rules. Nothing here judges a bad
 * day: a wave is named so it can be shown as a wave that passes, and wins only ever count what went well.
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import { burdenSeries, mergeDays, rollingMean } from './burden.js';
import { median } from './stats.js';
import type { BurdenDay, RatedDay } from './types.js';

export const BASELINE_DAYS = 28;
export const MIN_BASELINE_CHECKINS = 7;
export const CLEAR_MARGIN = 10;
export const MIN_EPISODE_DAYS = 2;

export interface Episode {
  readonly kind: 'window' | 'wave';
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
  /** The baseline on the first day. */
  readonly baseline: number;
  readonly meanBurden: number;
}

/** Each day's recent baseline, in date order: the median of the 28 days before it, null with too few check-ins. */
function baselines(days: readonly BurdenDay[]): (number | null)[] {
  const result: (number | null)[] = [];
  let start = 0;
  for (const [i, day] of days.entries()) {
    const from = addDays(day.date, -BASELINE_DAYS);
    while ((days[start]?.date ?? day.date) < from) start++;
    const window = days.slice(start, i).map((d) => d.burden);
    result.push(window.length >= MIN_BASELINE_CHECKINS ? median(window) : null);
  }
  return result;
}

/** Windows and waves over the whole record, oldest first. A day without a check-in ends a run. */
export function windowsAndWaves(records: readonly RatedDay[]): Episode[] {
  const days = burdenSeries(records);
  const base = baselines(days);
  const episodes: Episode[] = [];
  let run: { kind: Episode['kind']; first: number; last: number } | null = null;
  const close = () => {
    if (run && run.last - run.first + 1 >= MIN_EPISODE_DAYS) {
      const part = days.slice(run.first, run.last + 1);
      episodes.push({
        kind: run.kind,
        from: part[0]?.date ?? '',
        to: part[part.length - 1]?.date ?? '',
        days: part.length,
        baseline: base[run.first] ?? 0,
        meanBurden: part.reduce((a, d) => a + d.burden, 0) / part.length,
      });
    }
    run = null;
  };
  for (const [i, day] of days.entries()) {
    const b = base[i];
    const kind =
      b === null || b === undefined
        ? null
        : day.burden <= b - CLEAR_MARGIN
          ? 'window'
          : day.burden >= b + CLEAR_MARGIN
            ? 'wave'
            : null;
    const follows = run !== null && daysBetween(days[i - 1]?.date ?? day.date, day.date) === 1;
    if (run && (!follows || run.kind !== kind)) close();
    if (kind === null) continue;
    if (run) run.last = i;
    else run = { kind, first: i, last: i };
  }
  close();
  return episodes;
}

/**
 * Small wins, each a code with its data, for the words the web gives them:
 *  - `first-day-without`: a day a symptom was rated none, the first in `afterDays` (≥ 7) days, on most of which it was
 *    rated present ("the first night without muscle jerks in 12 days");
 *  - `days-in-a-row-without`: the current run of ≥ 3 days in a row with a symptom rated none, after it was present in
 *    the 14 days before the run;
 *  - `best-week`: the 7 days ending on the latest check-in had the lowest mean burden (on ≥ 5 check-ins) since the
 *    taper began, with at least 4 weeks of record behind it.
 */
export type SmallWin =
  | {
      readonly code: 'first-day-without';
      readonly symptomId: string;
      readonly date: CalendarDate;
      readonly afterDays: number;
    }
  | {
      readonly code: 'days-in-a-row-without';
      readonly symptomId: string;
      readonly from: CalendarDate;
      readonly to: CalendarDate;
      readonly days: number;
    }
  | { readonly code: 'best-week'; readonly from: CalendarDate; readonly to: CalendarDate; readonly meanBurden: number };

export const FIRST_WITHOUT_MIN_DAYS = 7;
export const IN_A_ROW_MIN_DAYS = 3;
export const BEST_WEEK_MIN_CHECKINS = 5;
export const BEST_WEEK_MIN_HISTORY_DAYS = 28;
/** Wins are reported when they happened in the last 7 days up to `asOf`. */
export const RECENT_WIN_DAYS = 7;

export interface WinsInput {
  readonly records: readonly RatedDay[];
  /** The day the wins are for (today); later records are ignored. */
  readonly asOf: CalendarDate;
  /** The taper's first day; null: the whole record. */
  readonly since: CalendarDate | null;
}

type Ratings = readonly (readonly [CalendarDate, number])[];

function firstDayWithout(symptomId: string, ratings: Ratings, recentFrom: CalendarDate): SmallWin | null {
  for (let i = ratings.length - 1; i >= 0; i--) {
    const [date, severity] = ratings[i] ?? ['', 0];
    if (date < recentFrom) return null;
    if (severity !== 0) continue;
    let present = 0;
    let j = i - 1;
    for (; j >= 0 && (ratings[j]?.[1] ?? 0) > 0; j--) present++;
    const since = j >= 0 ? (ratings[j]?.[0] ?? date) : (ratings[0]?.[0] ?? date);
    const afterDays = daysBetween(since, date);
    if (afterDays >= FIRST_WITHOUT_MIN_DAYS && present * 2 >= afterDays)
      return { code: 'first-day-without', symptomId, date, afterDays };
  }
  return null;
}

function daysInARow(symptomId: string, ratings: Ratings, latest: CalendarDate): SmallWin | null {
  let i = ratings.length - 1;
  if (ratings[i]?.[0] !== latest) return null;
  while (i > 0 && ratings[i - 1]?.[1] === 0 && daysBetween(ratings[i - 1]?.[0] ?? '', ratings[i]?.[0] ?? '') === 1) i--;
  if (ratings[i]?.[1] !== 0) return null;
  const from = ratings[i]?.[0] ?? latest;
  const days = daysBetween(from, latest) + 1;
  const lookFrom = addDays(from, -14);
  const wasPresent = ratings.some(([date, severity]) => date >= lookFrom && date < from && severity > 0);
  return days >= IN_A_ROW_MIN_DAYS && wasPresent
    ? { code: 'days-in-a-row-without', symptomId, from, to: latest, days }
    : null;
}

function bestWeek(days: readonly BurdenDay[], latest: CalendarDate): SmallWin | null {
  const first = days[0]?.date;
  if (first === undefined || daysBetween(first, latest) < BEST_WEEK_MIN_HISTORY_DAYS) return null;
  const weeks = rollingMean(days).filter((p) => p.days >= BEST_WEEK_MIN_CHECKINS && p.mean !== null);
  const now = weeks.find((p) => p.date === latest);
  if (!now || now.mean === null) return null;
  const nowMean = now.mean;
  // Only weeks that do not overlap this one compete with it.
  const earlier = weeks.filter((p) => daysBetween(p.date, latest) >= 7);
  if (earlier.length === 0 || earlier.some((p) => (p.mean ?? Infinity) <= nowMean)) return null;
  return { code: 'best-week', from: addDays(latest, -6), to: latest, meanBurden: nowMean };
}

export function smallWins(input: WinsInput): SmallWin[] {
  const days = mergeDays(input.records).filter((d) => d.date <= input.asOf && (input.since ?? '') <= d.date);
  const latest = days[days.length - 1]?.date;
  if (latest === undefined) return [];
  const recentFrom = addDays(input.asOf, 1 - RECENT_WIN_DAYS);
  const bySymptom = new Map<string, [CalendarDate, number][]>();
  for (const day of days)
    for (const s of day.severities) {
      const list = bySymptom.get(s.symptomId);
      if (list) list.push([day.date, s.severity]);
      else bySymptom.set(s.symptomId, [[day.date, s.severity]]);
    }
  const wins: SmallWin[] = [];
  for (const [id, ratings] of [...bySymptom.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = firstDayWithout(id, ratings, recentFrom);
    if (first) wins.push(first);
    const row = daysInARow(id, ratings, latest);
    if (row && latest >= recentFrom) wins.push(row);
  }
  const best = latest >= recentFrom ? bestWeek(burdenSeries(days), latest) : null;
  if (best) wins.push(best);
  return wins;
}
