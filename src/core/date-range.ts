/**
 * Every date range a request asks for is bounded, so no request does more work than a year of days (issue #9).
 * Ends the request leaves out are filled in from `latest` (normally tomorrow, the latest day any record may carry)
 * and the default length; a range longer than the maximum is refused, never shortened silently, so nobody reads
 * "since 2020" and gets a year.
 */
import { addDays, daysBetween, type CalendarDate } from './calendar-date.js';
import { domainError, type DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** The longest range a list answers at once: a year, leap day included. A longer export gets its own path (#12). */
export const MAX_RANGE_DAYS = 366;

export interface RangeQuery {
  readonly from?: CalendarDate | undefined;
  readonly to?: CalendarDate | undefined;
}

export interface RangeRule {
  /** `to` when the request gives none. */
  readonly latest: CalendarDate;
  /** Days of the range when the request gives no `from` (counting `to`). */
  readonly defaultDays: number;
  readonly maxDays: number;
}

export interface DateRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The range a query asks for, inclusive at both ends. A range beyond `maxDays` is refused with `range_too_long` on
 * the end the person gave (`to` when both were given; `from` when only it was, reaching back too far).
 */
export function boundedRange(query: RangeQuery, rule: RangeRule): Result<DateRange, DomainError> {
  const to = query.to ?? rule.latest;
  const from = query.from ?? addDays(to, -(Math.min(rule.defaultDays, rule.maxDays) - 1));
  if (from > to) return err(domainError('invalid_input', 'from'));
  if (daysBetween(from, to) + 1 > rule.maxDays)
    return err(domainError('range_too_long', query.to === undefined ? 'from' : 'to'));
  return ok({ from, to });
}
