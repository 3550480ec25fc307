import { addDays, isCalendarDate, type CalendarDate } from './calendar-date.js';
import { hasMicrogramPrecision, MAX_DOSE_MG, mgToMicrograms, microgramsToMg, type Micrograms } from './dose.js';
import { domainError, type DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';
import { findSymptom } from './symptoms/catalogue.js';
import { isSeverity, type Severity } from './symptoms/symptom.js';

import { isCheckinTag, MAX_NOTE_LENGTH, MAX_SLEEP_HOURS, SLEEP_STEP_HOURS, type CheckinTag } from './checkin-limits.js';

export {
  CHECKIN_TAGS,
  isCheckinTag,
  MAX_NOTE_LENGTH,
  MAX_SLEEP_HOURS,
  SLEEP_STEP_HOURS,
  type CheckinTag,
} from './checkin-limits.js';

/** A check-in as the person describes it (mg, hours). */
export interface CheckinInput {
  readonly symptoms: Readonly<Record<string, number>>;
  readonly sleepHours: number | null;
  readonly doseMg: number | null;
  readonly note: string;
  /** Things that may explain a day (see CHECKIN_TAGS); optional so older clients keep working. */
  readonly tags?: readonly string[];
}

/** A check-in as it is kept: exact integers, so every database stores and compares it the same way. */
export interface CheckinRecord {
  readonly date: CalendarDate;
  readonly severities: readonly { readonly symptomId: string; readonly severity: Severity }[];
  readonly sleepMinutes: number | null;
  readonly doseMicrograms: Micrograms | null;
  readonly note: string;
  readonly tags: readonly CheckinTag[];
}

/**
 * Checks a check-in against the domain's rules and turns it into its stored form.
 * `today` is the server's calendar date; a date one day ahead is still accepted because the
 * person's own day may already have begun in their time zone.
 */
export function prepareCheckin(
  date: string,
  input: CheckinInput,
  today: CalendarDate,
  /** The person's own symptoms (added by them) are known too; the catalogue's always are. */
  isOwnSymptom: (id: string) => boolean = () => false,
): Result<CheckinRecord, DomainError> {
  if (!isCalendarDate(date)) return err(domainError('invalid_input', 'date'));
  if (date > addDays(today, 1)) return err(domainError('date_in_future', 'date'));

  const severities: { symptomId: string; severity: Severity }[] = [];
  for (const [symptomId, severity] of Object.entries(input.symptoms)) {
    if (!findSymptom(symptomId) && !isOwnSymptom(symptomId))
      return err(domainError('unknown_symptom', `symptoms.${symptomId}`));
    if (!isSeverity(severity)) return err(domainError('invalid_input', `symptoms.${symptomId}`));
    severities.push({ symptomId, severity });
  }
  // Code-point order, the order storage keeps them in (localeCompare allocates on every comparison).
  severities.sort((a, b) => (a.symptomId < b.symptomId ? -1 : a.symptomId > b.symptomId ? 1 : 0));

  const { sleepHours, doseMg, note } = input;
  if (
    sleepHours !== null &&
    !(sleepHours >= 0 && sleepHours <= MAX_SLEEP_HOURS && Number.isInteger(sleepHours / SLEEP_STEP_HOURS))
  ) {
    return err(domainError('invalid_input', 'sleepHours'));
  }
  if (doseMg !== null && !(doseMg >= 0 && doseMg <= MAX_DOSE_MG && hasMicrogramPrecision(doseMg))) {
    return err(domainError('invalid_input', 'doseMg'));
  }
  if (note.length > MAX_NOTE_LENGTH) return err(domainError('invalid_input', 'note'));
  const tags: CheckinTag[] = [];
  for (const [i, tag] of (input.tags ?? []).entries()) {
    if (!isCheckinTag(tag)) return err(domainError('invalid_input', `tags.${i}`));
    if (!tags.includes(tag)) tags.push(tag);
  }
  tags.sort();

  return ok({
    date,
    severities,
    sleepMinutes: sleepHours === null ? null : Math.round(sleepHours * 60),
    doseMicrograms: doseMg === null ? null : mgToMicrograms(doseMg),
    note,
    tags,
  });
}

/** The person-facing view of a stored check-in. */
export function describeCheckin(
  record: CheckinRecord,
): CheckinInput & { readonly date: CalendarDate; readonly tags: readonly CheckinTag[] } {
  // A loop, not Object.fromEntries(map(...)): a 90-day list would otherwise build 1,440 throwaway pairs per read.
  const symptoms: Record<string, Severity> = {};
  for (const s of record.severities) symptoms[s.symptomId] = s.severity;
  return {
    date: record.date,
    symptoms,
    sleepHours: record.sleepMinutes === null ? null : record.sleepMinutes / 60,
    doseMg: record.doseMicrograms === null ? null : microgramsToMg(record.doseMicrograms),
    note: record.note,
    tags: record.tags,
  };
}
