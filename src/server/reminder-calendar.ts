/**
 * Daily reminders as an iCalendar file (RFC 5545): a check-in reminder and one per dose time, each a daily
 * repeating event with a display alarm, so they fire from the person's own calendar app even when this app
 * is closed. Times are floating local times: they follow the person's time zone, including across DST.
 */
import ICAL from 'ical.js';

export interface ReminderOptions {
  /** HH:MM of the daily check-in reminder, or null for none. */
  readonly checkinTime: string | null;
  /** HH:MM of each daily dose. */
  readonly doseTimes: readonly string[];
  /** First day of the reminders, YYYY-MM-DD. */
  readonly startDate: string;
  readonly now: Date;
}

function dailyEvent(
  uid: string,
  date: string,
  time: string,
  summary: string,
  description: string,
  now: Date,
): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', uid);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
  event.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString(`${date}T${time}:00`));
  event.addPropertyWithValue('duration', ICAL.Duration.fromString('PT5M'));
  event.addPropertyWithValue('summary', summary);
  event.addPropertyWithValue('description', description);
  event.addPropertyWithValue('rrule', ICAL.Recur.fromData({ freq: 'DAILY' }));
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('description', summary);
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromString('PT0M'));
  event.addSubcomponent(alarm);
  return event;
}

export function remindersToCalendar(options: ReminderOptions): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Taper Companion//Reminders//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', 'Taper reminders');
  if (options.checkinTime !== null) {
    calendar.addSubcomponent(
      dailyEvent(
        'checkin@taper-companion',
        options.startDate,
        options.checkinTime,
        'Taper: daily check-in',
        'Take a moment to record how today was in Taper Companion. It takes under 30 seconds.',
        options.now,
      ),
    );
  }
  for (const time of options.doseTimes) {
    calendar.addSubcomponent(
      dailyEvent(
        `dose-${time.replace(':', '')}@taper-companion`,
        options.startDate,
        time,
        `Taper: dose time (${time})`,
        'Time for your planned dose. Take the amount in your plan; do not change it without your prescriber.',
        options.now,
      ),
    );
  }
  return calendar.toString();
}
