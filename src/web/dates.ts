/** The browser's clock and time zone, kept at the edge: core only ever receives plain values. */
import type { CalendarDate } from '../core/index.js';

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** The person's own calendar day, from the device's local time. */
export function localToday(now: Date = new Date()): CalendarDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO 8601 date-time in local time with its UTC offset, e.g. 2025-03-04T21:15:00+01:00. */
export function localIsoDateTime(now: Date = new Date()): string {
  const offsetMinutes = -now.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return (
    `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** How many calendar days (in local time) lie between `then` and `now`: 0 for the same day, 1 for yesterday. */
export function calendarDaysBefore(then: Date, now: Date): number {
  const noon = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12).getTime();
  // Rounded: a day across a clock change is 23 or 25 hours long.
  return Math.round((noon(now) - noon(then)) / 86_400_000);
}
