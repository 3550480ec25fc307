/** The Reminders screen's form, as entered: dose rows keep the order the person typed them in until saved. */
import {
  DEFAULT_REMINDER_SETTINGS,
  prepareReminderSettings,
  type DomainError,
  type ReminderSettings,
  type Result,
} from '../../../core/index.js';

export interface DoseRow {
  /** Stable while the row exists, so removing one row never moves another's focus or value. */
  readonly key: number;
  readonly time: string;
}

export interface ReminderForm {
  readonly checkinOn: boolean;
  /** Kept while the check-in reminder is off, so turning it back on restores the time. */
  readonly checkinTime: string;
  readonly doses: readonly DoseRow[];
  readonly inApp: boolean;
}

export function formFromSettings(settings: ReminderSettings): ReminderForm {
  return {
    checkinOn: settings.checkinTime !== null,
    checkinTime: settings.checkinTime ?? DEFAULT_REMINDER_SETTINGS.checkinTime ?? '',
    doses: settings.doseTimes.map((time, key) => ({ key, time })),
    inApp: settings.inApp,
  };
}

export function settingsFromForm(form: ReminderForm): Result<ReminderSettings, DomainError> {
  return prepareReminderSettings({
    checkinTime: form.checkinOn ? form.checkinTime : null,
    doseTimes: form.doses.map((d) => d.time),
    inApp: form.inApp,
  });
}

/** Common dose times first (morning, evening, midday…): one is always free, since at most six are allowed. */
const SUGGESTED = ['08:00', '20:00', '14:00', '11:00', '17:00', '23:00', '05:00'];

/** A sensible time for a new dose row, different from the ones already there. */
export function suggestDoseTime(existing: readonly string[]): string {
  return SUGGESTED.find((t) => !existing.includes(t)) ?? '';
}

export function addDoseRow(form: ReminderForm): ReminderForm {
  const key = Math.max(-1, ...form.doses.map((d) => d.key)) + 1;
  return { ...form, doses: [...form.doses, { key, time: suggestDoseTime(form.doses.map((d) => d.time)) }] };
}
