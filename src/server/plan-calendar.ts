/**
 * The taper plan as an iCalendar file (RFC 5545), built with ical.js: an all-day event at each dose
 * change with the new dose and how to measure it, and optionally a daily reminder.
 */
import ICAL from 'ical.js';
import { addDays, describeAccuracy, describeRealisation, findMedication, type Plan } from '../core/index.js';

export interface CalendarOptions {
  readonly reminder: boolean;
  /** HH:MM local time of the daily reminder and of each dose-change alarm. */
  readonly reminderTime: string;
  /** Stable per person and revision, so re-importing replaces events rather than duplicating them. */
  readonly uidPrefix: string;
  readonly now: Date;
  /** Only the dose changes in these days (at most a year, src/server/ranges.ts), so the work is bounded. */
  readonly range: { readonly from: string; readonly to: string };
}

const medicationName = (id: string): string => findMedication(id)?.name ?? id;

function stamp(event: ICAL.Component, now: Date): void {
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
}

function alarm(description: string, trigger: string): ICAL.Component {
  const valarm = new ICAL.Component('valarm');
  valarm.addPropertyWithValue('action', 'DISPLAY');
  valarm.addPropertyWithValue('description', description);
  valarm.addPropertyWithValue('trigger', ICAL.Duration.fromString(trigger));
  return valarm;
}

export function planToCalendar(plan: Plan, options: CalendarOptions): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Taper Companion//Taper plan//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue(
    'x-wr-calname',
    plan.pace === 'prescriber-faster' ? 'Taper plan (faster pace, chosen with prescriber)' : 'Taper plan',
  );

  const [hours, minutes] = options.reminderTime.split(':');
  const alarmOffset = `PT${Number(hours)}H${Number(minutes)}M`;

  const { from, to } = options.range;
  for (const step of plan.steps.filter((s) => s.start >= from && s.start <= to)) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${options.uidPrefix}-step-${step.index}@taper-companion`);
    stamp(event, options.now);
    const start = ICAL.Time.fromDateString(step.start);
    event.addPropertyWithValue('dtstart', start);
    event.addPropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(step.start, 1)));
    const what = step.doses.map((d) => `${d.mg} mg ${medicationName(d.medicationId)}`).join(' + ');
    const summary = step.kind === 'stop' ? 'Taper: last step – no more doses' : `Taper: new daily dose ${what}`;
    event.addPropertyWithValue('summary', summary);
    const lines = step.doses.flatMap((d) => [
      `${medicationName(d.medicationId)}, ${d.mg} mg a day:`,
      ...d.times.map(
        (t) => `• ${t.label}: ${t.mg} mg. ${describeRealisation(t.realisation)} ${describeAccuracy(t.realisation)}`,
      ),
    ]);
    if (step.holdDays > 0) lines.push(`This step is held ${step.holdDays} days longer than planned.`);
    if (step.addedDays > 0)
      lines.push(`This step lasts ${step.addedDays} days longer than asked, to keep the guideline pace.`);
    lines.push(
      plan.pace === 'prescriber-faster'
        ? 'Pace: faster than the guideline, as you and your prescriber chose (at most half the dose in two weeks; the guideline is a quarter).'
        : 'Pace: the guideline pace, no more than 25% of the dose in any two weeks.',
    );
    lines.push('Educational, not medical advice. Do not change your dose without your prescriber.');
    event.addPropertyWithValue('description', lines.join('\n'));
    event.addSubcomponent(alarm(summary, alarmOffset));
    calendar.addSubcomponent(event);
  }

  const first = plan.steps[0];
  const last = plan.steps[plan.steps.length - 1];
  if (options.reminder && first && last) {
    const reminder = new ICAL.Component('vevent');
    reminder.addPropertyWithValue('uid', `${options.uidPrefix}-daily@taper-companion`);
    stamp(reminder, options.now);
    const start = ICAL.Time.fromDateTimeString(`${first.start}T${options.reminderTime}:00`);
    reminder.addPropertyWithValue('dtstart', start);
    reminder.addPropertyWithValue('duration', ICAL.Duration.fromString('PT5M'));
    reminder.addPropertyWithValue('summary', 'Taper: today’s dose and check-in');
    reminder.addPropertyWithValue(
      'description',
      'Take today’s planned dose and record how you feel in Taper Companion.',
    );
    // RFC 5545: UNTIL has the same value type as DTSTART (a floating local date-time here).
    const until = ICAL.Time.fromDateTimeString(`${last.start < to ? last.start : to}T23:59:59`);
    reminder.addPropertyWithValue('rrule', ICAL.Recur.fromData({ freq: 'DAILY', until }));
    reminder.addSubcomponent(alarm('Taper: today’s dose and check-in', 'PT0M'));
    calendar.addSubcomponent(reminder);
  }
  return calendar.toString();
}
