/**
 * The ranges the list routes read, bounded (src/core/date-range.ts): a request never reads more than a year of days.
 * The defaults are documented with DateRangeQuerySchema (src/api/schemas.ts).
 */
import { addDays, boundedRange, MAX_RANGE_DAYS, type DateRange, type RangeQuery } from '../core/index.js';
import { RequestFailure } from './http-errors.js';

/** Adherence covers two weeks by default: long enough to see a pattern, short enough to read at a glance. */
export const ADHERENCE_DEFAULT_DAYS = 14;

const utcDay = (now: Date) => now.toISOString().slice(0, 10);

function resolve(query: RangeQuery, latest: string, defaultDays: number): DateRange {
  const range = boundedRange(query, { latest, defaultDays, maxDays: MAX_RANGE_DAYS });
  if (!range.ok) throw new RequestFailure(range.error);
  return range.value;
}

/** Lists of records: by default the year ending tomorrow, the latest day a record may carry (people east of UTC). */
export function listRange(query: RangeQuery, now: Date): DateRange {
  return resolve(query, addDays(utcDay(now), 1), MAX_RANGE_DAYS);
}

/** Adherence: by default the two weeks ending today. */
export function adherenceRange(query: RangeQuery, now: Date): DateRange {
  return resolve(query, utcDay(now), ADHERENCE_DEFAULT_DAYS);
}

/** The plan's calendar: by default the dose changes of the year from today (UTC). */
export function calendarRange(query: RangeQuery, now: Date): DateRange {
  const from = query.from ?? utcDay(now);
  return resolve({ from, to: query.to }, addDays(from, MAX_RANGE_DAYS - 1), MAX_RANGE_DAYS);
}
