/**
 * The daily burden score and 7-day rolling means. A day's burden is the mean severity of the symptoms rated that
 * day, on a 0-100 scale (severity 0-3 → 0, 33.3, 66.7, 100), so tracking more symptoms does not raise it; a day with
 * nothing rated has no burden (null), never 0. Records may arrive in any order; two records of one day are read as
 * one, each symptom at the higher severity given (order-free and never hides a symptom).
 */
import { fromDayNumber, toDayNumber, type CalendarDate } from '../calendar-date.js';
import { findSymptom } from '../symptoms/catalogue.js';
import { SYMPTOM_GROUPS, type SymptomGroup } from '../symptoms/symptom.js';
import type { BurdenDay, RatedDay } from './types.js';

export const BURDEN_MAX = 100;
const SEVERITY_MAX = 3;
export const ROLLING_DAYS = 7;

/** A severity 0-3 on the burden's 0-100 scale. */
export const toBurdenScale = (severity: number) => (severity / SEVERITY_MAX) * BURDEN_MAX;

/** The day's burden, or null when nothing was rated. */
export function dailyBurden(day: Pick<RatedDay, 'severities'>): number | null {
  if (day.severities.length === 0) return null;
  let sum = 0;
  for (const s of day.severities) sum += s.severity;
  return toBurdenScale(sum / day.severities.length);
}

/** True when the records are already one a day in date order, each symptom at most once a day (no copy needed). */
function alreadyMerged(records: readonly RatedDay[]): boolean {
  let previous = '';
  const seen = new Set<string>();
  for (const record of records) {
    if (record.date <= previous) return false;
    previous = record.date;
    const ratings = record.severities;
    let sorted = true;
    for (let i = 1; i < ratings.length && sorted; i++)
      sorted = (ratings[i - 1]?.symptomId ?? '') < (ratings[i]?.symptomId ?? '');
    if (sorted) continue;
    // Not in code-unit order: look for a symptom given twice.
    seen.clear();
    for (const s of ratings) {
      if (seen.has(s.symptomId)) return false;
      seen.add(s.symptomId);
    }
  }
  return true;
}

/** One severity per symptom per day, in date order: duplicates of a day merged at the higher severity. */
export function mergeDays(records: readonly RatedDay[]): readonly RatedDay[] {
  if (alreadyMerged(records)) return records;
  const byDate = new Map<CalendarDate, Map<string, RatedDay['severities'][number]>>();
  for (const record of records) {
    let day = byDate.get(record.date);
    if (!day) byDate.set(record.date, (day = new Map<string, RatedDay['severities'][number]>()));
    for (const s of record.severities) {
      const had = day.get(s.symptomId);
      if (!had || had.severity < s.severity) day.set(s.symptomId, s);
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, day]) => ({
      date,
      severities: [...day.values()].sort((a, b) => (a.symptomId < b.symptomId ? -1 : 1)),
    }));
}

/** Each rated day's burden in date order (days with nothing rated left out). */
export function burdenSeries(records: readonly RatedDay[]): BurdenDay[] {
  const days: BurdenDay[] = [];
  for (const day of mergeDays(records)) {
    const burden = dailyBurden(day);
    if (burden !== null) days.push({ date: day.date, burden });
  }
  return days;
}

export interface RollingPoint {
  readonly date: CalendarDate;
  /** Mean over the days of the window that have a value; null when none has. */
  readonly mean: number | null;
  /** How many days of the window the mean rests on (0-7). */
  readonly days: number;
}

/** Values laid on a run of calendar days (index 0 = `first`), each day's sum and count, from `from` to `to`. */
interface DayGrid {
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  from: number;
  to: number;
}

const grid = (span: number): DayGrid => ({
  sums: new Float64Array(span),
  counts: new Int32Array(span),
  from: span,
  to: -1,
});

function addTo(g: DayGrid, index: number, value: number) {
  g.sums[index] = (g.sums[index] ?? 0) + value;
  g.counts[index] = (g.counts[index] ?? 0) + 1;
  if (index < g.from) g.from = index;
  if (index > g.to) g.to = index;
}

/** The calendar dates of a span, computed once and shared by every series. */
function spanDates(first: number, span: number): CalendarDate[] {
  return Array.from({ length: span }, (_, i) => fromDayNumber(first + i));
}

/**
 * The rolling mean over the `ROLLING_DAYS` days ending on each calendar day of the grid's range, over the days
 * present. Each window is summed afresh (at most 7 terms), so a mean depends only on the values in its window.
 */
function rollGrid(g: DayGrid, dates: readonly CalendarDate[]): RollingPoint[] {
  const points: RollingPoint[] = [];
  for (let i = g.from; i <= g.to; i++) {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(g.from, i - ROLLING_DAYS + 1); j <= i; j++) {
      sum += g.sums[j] ?? 0;
      count += g.counts[j] ?? 0;
    }
    points.push({ date: dates[i] ?? '', mean: count > 0 ? sum / count : null, days: count });
  }
  return points;
}

/** The same for a grid of severities (whole numbers), with a running sum: exact, so nothing depends on order. */
function rollSeverityGrid(g: DayGrid, dates: readonly CalendarDate[]): RollingPoint[] {
  const points: RollingPoint[] = [];
  let sum = 0;
  let count = 0;
  for (let i = g.from; i <= g.to; i++) {
    sum += g.sums[i] ?? 0;
    count += g.counts[i] ?? 0;
    if (i - ROLLING_DAYS >= g.from) {
      sum -= g.sums[i - ROLLING_DAYS] ?? 0;
      count -= g.counts[i - ROLLING_DAYS] ?? 0;
    }
    points.push({ date: dates[i] ?? '', mean: count > 0 ? toBurdenScale(sum / count) : null, days: count });
  }
  return points;
}

/**
 * The rolling mean over the `ROLLING_DAYS` days ending on each calendar day from the first to the last value, over
 * the days present in each window. Values need not be sorted; one value per date.
 */
export function rollingMean(values: readonly BurdenDay[]): RollingPoint[] {
  if (values.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  const numbers = values.map((v) => toDayNumber(v.date));
  for (const n of numbers) {
    first = Math.min(first, n);
    last = Math.max(last, n);
  }
  const g = grid(last - first + 1);
  for (const [i, v] of values.entries()) addTo(g, (numbers[i] ?? first) - first, v.burden);
  return rollGrid(g, spanDates(first, last - first + 1));
}

export interface Trends {
  /** The daily burden and its rolling mean. */
  readonly daily: readonly BurdenDay[];
  readonly burden: readonly RollingPoint[];
  /** Per symptom: its severity on the 0-100 scale, rolling. */
  readonly symptoms: Readonly<Record<string, readonly RollingPoint[]>>;
  /** Per group: the day's mean of the group's symptoms rated, rolling. */
  readonly groups: Readonly<Partial<Record<SymptomGroup, readonly RollingPoint[]>>>;
}

/** Which group a symptom belongs to: the catalogue's, or the caller's for the person's own symptoms. */
export type GroupOf = (symptomId: string) => SymptomGroup | null;
const catalogueGroup: GroupOf = (id) => findSymptom(id)?.group ?? null;

/** Daily burden, and the rolling means of the burden, each symptom and each group. */
export function trends(records: readonly RatedDay[], groupOf: GroupOf = catalogueGroup): Trends {
  const days = mergeDays(records);
  const firstDate = days[0]?.date;
  if (firstDate === undefined) return { daily: [], burden: [], symptoms: {}, groups: {} };
  const first = toDayNumber(firstDate);
  const span = toDayNumber(days[days.length - 1]?.date ?? firstDate) - first + 1;
  const burden = grid(span);
  const perSymptom = new Map<string, DayGrid>();
  const perGroup = new Map<SymptomGroup, DayGrid>();
  const groupIndex = new Map<string, number>();
  const groupSum = new Float64Array(SYMPTOM_GROUPS.length);
  const groupCount = new Int32Array(SYMPTOM_GROUPS.length);
  const daily: BurdenDay[] = [];
  for (const day of days) {
    const index = toDayNumber(day.date) - first;
    const value = dailyBurden(day);
    if (value !== null) {
      daily.push({ date: day.date, burden: value });
      addTo(burden, index, value);
    }
    groupSum.fill(0);
    groupCount.fill(0);
    for (const s of day.severities) {
      let g = perSymptom.get(s.symptomId);
      if (!g) perSymptom.set(s.symptomId, (g = grid(span)));
      addTo(g, index, s.severity);
      let k = groupIndex.get(s.symptomId);
      if (k === undefined) {
        const group = groupOf(s.symptomId);
        groupIndex.set(s.symptomId, (k = group === null ? -1 : SYMPTOM_GROUPS.indexOf(group)));
      }
      if (k < 0) continue;
      groupSum[k] = (groupSum[k] ?? 0) + s.severity;
      groupCount[k] = (groupCount[k] ?? 0) + 1;
    }
    for (const [k, group] of SYMPTOM_GROUPS.entries()) {
      const n = groupCount[k] ?? 0;
      if (n === 0) continue;
      let g = perGroup.get(group);
      if (!g) perGroup.set(group, (g = grid(span)));
      addTo(g, index, toBurdenScale((groupSum[k] ?? 0) / n));
    }
  }
  const dates = spanDates(first, span);
  const sorted = <K extends string>(map: Map<K, DayGrid>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    daily,
    burden: rollGrid(burden, dates),
    symptoms: Object.fromEntries(sorted(perSymptom).map(([k, g]) => [k, rollSeverityGrid(g, dates)])),
    groups: Object.fromEntries(sorted(perGroup).map(([k, g]) => [k, rollGrid(g, dates)])),
  };
}
