/**
 * Daily reminders: a check-in time and dose times, the same settings the calendar file (.ics) is built from,
 * and which of them the app itself should show while it is open. The caller passes the local day and time,
 * so a reminder follows the person's own clock; nothing here reads one.
 */
import type { CalendarDate } from './calendar-date.js';
import { domainError, type DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** A local time of day, `HH:MM` on the 24-hour clock (as `<input type="time">` and the .ics route use it). */
export type TimeOfDay = string;

export interface ReminderSettings {
  /** The daily check-in reminder, or null for none. */
  readonly checkinTime: TimeOfDay | null;
  /** One reminder per daily dose: at most MAX_DOSE_TIMES, no two alike, earliest first. */
  readonly doseTimes: readonly TimeOfDay[];
  /** Show due reminders inside the app while it is open (calendar alarms are separate and need no app). */
  readonly inApp: boolean;
}

/** Matches the reminders.ics query limit (src/api/plan-schemas.ts), so every saved setting can be downloaded. */
export const MAX_DOSE_TIMES = 6;

/** An evening check-in: the day is mostly over, so there is something to record. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { checkinTime: '20:00', doseTimes: [], inApp: true };

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): value is TimeOfDay {
  return TIME_OF_DAY.test(value);
}

/** Minutes since local midnight, 0 to 1439. Only for values that pass isTimeOfDay. */
export function minutesOfDay(time: TimeOfDay): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * Checks reminder settings as entered (dose times in any order) and returns them in their kept form,
 * dose times sorted. Errors name the field: `checkinTime`, `doseTimes` (too many) or `doseTimes.N`
 * (not a time, or the same as an earlier one).
 */
export function prepareReminderSettings(input: {
  readonly checkinTime: string | null;
  readonly doseTimes: readonly string[];
  readonly inApp: boolean;
}): Result<ReminderSettings, DomainError> {
  if (input.checkinTime !== null && !isTimeOfDay(input.checkinTime))
    return err(domainError('invalid_input', 'checkinTime'));
  if (input.doseTimes.length > MAX_DOSE_TIMES) return err(domainError('invalid_input', 'doseTimes'));
  const seen = new Set<string>();
  for (const [i, time] of input.doseTimes.entries()) {
    if (!isTimeOfDay(time) || seen.has(time)) return err(domainError('invalid_input', `doseTimes.${i}`));
    seen.add(time);
  }
  // HH:MM with leading zeros sorts by text in time order.
  return ok({ checkinTime: input.checkinTime, doseTimes: [...input.doseTimes].sort(), inApp: input.inApp });
}

/** `checkin`, or `dose-HH:MM`: stable across days, so a dismissal can name it. */
export type ReminderId = string;

export interface DueReminder {
  readonly id: ReminderId;
  readonly kind: 'checkin' | 'dose';
  readonly time: TimeOfDay;
}

/** Reminders the person dismissed, and the local day they did it on; another day's dismissals no longer count. */
export interface ReminderDismissals {
  readonly date: CalendarDate;
  readonly ids: readonly ReminderId[];
}

export const NO_DISMISSALS: ReminderDismissals = { date: '', ids: [] };

/** The person's day as the app knows it right now. */
export interface ReminderDay {
  readonly date: CalendarDate;
  /** Local minutes since midnight, 0 to 1439. */
  readonly minutes: number;
  readonly dismissals: ReminderDismissals;
  readonly checkinSaved: boolean;
  /** Doses logged on this day. */
  readonly dosesLogged: number;
}

export const CHECKIN_REMINDER_ID: ReminderId = 'checkin';
export const doseReminderId = (time: TimeOfDay): ReminderId => `dose-${time}`;

/**
 * The in-app reminders due now, earliest time first (the check-in before a dose at the same time). A reminder
 * is due from its time until the end of the day, unless it was dismissed today or what it asks for is done:
 * the check-in is saved, or, for the n-th dose time of the day, at least n doses are logged. Counting rather
 * than matching times means a dose logged a little early or late still counts. Nothing carries over midnight.
 * With inApp off, none are due.
 */
export function dueReminders(settings: ReminderSettings, day: ReminderDay): readonly DueReminder[] {
  if (!settings.inApp) return [];
  const dismissed = new Set(day.dismissals.date === day.date ? day.dismissals.ids : []);
  const due: DueReminder[] = [];
  const { checkinTime } = settings;
  if (
    checkinTime !== null &&
    minutesOfDay(checkinTime) <= day.minutes &&
    !day.checkinSaved &&
    !dismissed.has(CHECKIN_REMINDER_ID)
  ) {
    due.push({ id: CHECKIN_REMINDER_ID, kind: 'checkin', time: checkinTime });
  }
  for (const [i, time] of settings.doseTimes.entries()) {
    const id = doseReminderId(time);
    if (minutesOfDay(time) <= day.minutes && day.dosesLogged <= i && !dismissed.has(id))
      due.push({ id, kind: 'dose', time });
  }
  // A stable sort on HH:MM text is time order, and keeps the check-in first on a tie.
  return due.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

/** Adds one dismissal for `date`, starting afresh when the day has changed. */
export function dismissReminder(
  dismissals: ReminderDismissals,
  date: CalendarDate,
  id: ReminderId,
): ReminderDismissals {
  const ids = dismissals.date === date ? dismissals.ids : [];
  return ids.includes(id) ? { date, ids } : { date, ids: [...ids, id] };
}
