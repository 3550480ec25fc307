/** Which day a check-in is for: today, yesterday or an earlier date, never a day that has not come yet. */
import { addDays, isCalendarDate, type CalendarDate } from '../../../core/index.js';

export type DayKind = 'today' | 'yesterday' | 'earlier';

export function dayKind(date: CalendarDate, today: CalendarDate): DayKind {
  if (date === today) return 'today';
  return date === addDays(today, -1) ? 'yesterday' : 'earlier';
}

/** A date typed or picked by the person: a real calendar date, not after today. */
export function pickableDay(text: string, today: CalendarDate): 'ok' | 'future' | 'invalid' {
  if (!isCalendarDate(text)) return 'invalid';
  return text > today ? 'future' : 'ok';
}
