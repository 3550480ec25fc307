/**
 * The "log a dose" form as typed (strings, so half-typed values survive) and its conversion to the API's
 * body. The time is today's local clock time; a time later than now is refused rather than guessed at.
 */
import type { DoseBody } from '../api/dose-schemas.js';
import type { IntakeForm } from '../core/adherence.js';
import { isTimeOfDay, minutesOfDay } from '../core/reminders.js';
import type { Result } from '../core/result.js';
import { parseDose } from './checkin-form.js';
import { localIsoDateTime } from './dates.js';

export interface DoseDraft {
  readonly mg: string;
  /** HH:MM, local. */
  readonly time: string;
  readonly form: IntakeForm | '';
  readonly note: string;
}

export interface DoseProblem {
  readonly field: 'mg' | 'time';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function clockTime(now: Date): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Minutes after local midnight of an ISO date-time, on this device's clock. */
export function localMinutes(iso: string): number {
  const at = new Date(iso);
  return at.getHours() * 60 + at.getMinutes();
}

/** 'HH:MM' → minutes after midnight, or undefined when it is not a time. */
export function minutesOf(time: string): number | undefined {
  return isTimeOfDay(time) ? minutesOfDay(time) : undefined;
}

export function draftToDose(draft: DoseDraft, date: string, now: Date): Result<Omit<DoseBody, 'id'>, DoseProblem> {
  const doseMg = parseDose(draft.mg);
  if (doseMg === undefined) return { ok: false, error: { field: 'mg' } };
  const minutes = minutesOf(draft.time);
  const at = new Date(now);
  // Left at the current minute, the dose is taken now, to the second (so doses logged in one minute keep their order).
  if (minutes !== undefined && draft.time !== clockTime(now)) at.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  if (minutes === undefined || at.getTime() > now.getTime()) return { ok: false, error: { field: 'time' } };
  return { ok: true, value: { date, takenAt: localIsoDateTime(at), doseMg, form: draft.form === '' ? null : draft.form, note: draft.note.trim() } };
}
