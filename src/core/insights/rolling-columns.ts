/**
 * A rolling series as columns: the first date, then one mean and one day count per consecutive day. This is how the
 * trends answer carries its series: a year of thirty symptoms is 11,000 points, and as objects each point repeated
 * its date and field names (a 550 KB answer, most of it spent in validating and writing objects).
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { RollingPoint } from './burden.js';

export interface RollingColumns {
  /** The first day of the series; null when it has no day. */
  readonly from: CalendarDate | null;
  readonly mean: readonly (number | null)[];
  readonly days: readonly number[];
}

/** The points (in date order) as columns; a day missing between two points is a day with no value. */
export function rollingColumns(points: readonly RollingPoint[]): RollingColumns {
  const first = points[0];
  if (!first) return { from: null, mean: [], days: [] };
  const mean: (number | null)[] = [];
  const days: number[] = [];
  for (const p of points) {
    const at = daysBetween(first.date, p.date);
    while (mean.length < at) {
      mean.push(null);
      days.push(0);
    }
    mean.push(p.mean);
    days.push(p.days);
  }
  return { from: first.date, mean, days };
}

/** The columns back as points, one per day. */
export function rollingPointsOf(columns: RollingColumns): RollingPoint[] {
  const { from } = columns;
  if (from === null) return [];
  return columns.mean.map((mean, i) => ({ date: addDays(from, i), mean, days: columns.days[i] ?? 0 }));
}
