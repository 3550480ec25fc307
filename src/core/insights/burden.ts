/**
 * The daily burden score and 7-day rolling means. A day's burden is the mean severity of the symptoms rated that
 * day, on a 0-100 scale (severity 0-3 → 0, 33.3, 66.7, 100), so tracking more symptoms does not raise it; a day with
 * nothing rated has no burden (null), never 0. Records may arrive in any order; two records of one day are read as
 * one, each symptom at the higher severity given (order-free and never hides a symptom).
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import { findSymptom } from '../symptoms/catalogue.js';
import type { SymptomGroup } from '../symptoms/symptom.js';
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

/** One severity per symptom per day, in date order: duplicates of a day merged at the higher severity. */
export function mergeDays(records: readonly RatedDay[]): RatedDay[] {
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

/**
 * The rolling mean over the `ROLLING_DAYS` days ending on each calendar day from the first to the last value, over
 * the days present in each window. Values need not be sorted; one value per date.
 */
export function rollingMean(values: readonly BurdenDay[], window = ROLLING_DAYS): RollingPoint[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0]?.date ?? '';
  const span = daysBetween(first, sorted[sorted.length - 1]?.date ?? first) + 1;
  const sums = new Float64Array(span);
  const counts = new Int32Array(span);
  for (const v of sorted) {
    const i = daysBetween(first, v.date);
    sums[i] = (sums[i] ?? 0) + v.burden;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  // Each window summed afresh (at most 7 terms), so a mean depends only on the values in its window.
  const points: RollingPoint[] = [];
  for (let i = 0; i < span; i++) {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - window + 1); j <= i; j++) {
      sum += sums[j] ?? 0;
      count += counts[j] ?? 0;
    }
    points.push({ date: addDays(first, i), mean: count > 0 ? sum / count : null, days: count });
  }
  return points;
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

function push<K extends string>(map: Map<K, BurdenDay[]>, key: K, value: BurdenDay) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Daily burden, and the rolling means of the burden, each symptom and each group. */
export function trends(records: readonly RatedDay[], groupOf: GroupOf = catalogueGroup): Trends {
  const days = mergeDays(records);
  const perSymptom = new Map<string, BurdenDay[]>();
  const perGroup = new Map<SymptomGroup, BurdenDay[]>();
  const daily: BurdenDay[] = [];
  for (const day of days) {
    const burden = dailyBurden(day);
    if (burden !== null) daily.push({ date: day.date, burden });
    const groupSums = new Map<SymptomGroup, { sum: number; n: number }>();
    for (const s of day.severities) {
      push(perSymptom, s.symptomId, { date: day.date, burden: toBurdenScale(s.severity) });
      const group = groupOf(s.symptomId);
      if (group === null) continue;
      const g = groupSums.get(group) ?? { sum: 0, n: 0 };
      groupSums.set(group, { sum: g.sum + s.severity, n: g.n + 1 });
    }
    for (const [group, g] of groupSums) push(perGroup, group, { date: day.date, burden: toBurdenScale(g.sum / g.n) });
  }
  const roll = <K extends string>(map: Map<K, BurdenDay[]>) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, rollingMean(v)]));
  return { daily, burden: rollingMean(daily), symptoms: roll(perSymptom), groups: roll(perGroup) };
}
