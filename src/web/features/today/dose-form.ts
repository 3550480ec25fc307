/**
 * The "log a dose" form as typed (strings, so half-typed values survive) and its conversion to the API's
 * body. The time is a local clock time on the dose's day; a time later than now is refused rather than guessed at.
 */
import type { DoseBody, DoseView } from '../../../api/dose-schemas.js';
import { INTAKE_FORM_OF_METHOD, type IntakeForm } from '../../../core/index.js';
import { isTimeOfDay, minutesOfDay } from '../../../core/index.js';
import type { Result } from '../../../core/index.js';
import { parseDose } from './checkin-form.js';
import { localIsoDateTime, localToday } from '../../dates.js';
import type { PlanStepView } from '../plan/plan-steps.js';

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

/** `on`: the day the dose is logged for, and the moment it is logged. */
export function draftToDose(
  draft: DoseDraft,
  { date, now }: { readonly date: string; readonly now: Date },
  medicationId: string | null = null,
): Result<Omit<DoseBody, 'id'>, DoseProblem> {
  const doseMg = parseDose(draft.mg);
  if (doseMg === undefined) return { ok: false, error: { field: 'mg' } };
  const minutes = minutesOf(draft.time);
  const at = takenOn(date, now);
  // Left at the current minute, the dose is taken now, to the second (so doses logged in one minute keep their order).
  const isNow = date === localToday(now) && draft.time === clockTime(now);
  if (minutes !== undefined && !isNow) at.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  if (minutes === undefined || at.getTime() > now.getTime()) return { ok: false, error: { field: 'time' } };
  return {
    ok: true,
    value: {
      date,
      takenAt: localIsoDateTime(at),
      medicationId,
      doseMg,
      form: draft.form === '' ? null : draft.form,
      note: draft.note.trim(),
    },
  };
}

/** The moment of an intake logged now for `date`: now itself today, the same clock time on an earlier day. */
export function takenOn(date: string, now: Date): Date {
  if (date === localToday(now)) return new Date(now);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, now.getHours(), now.getMinutes(), now.getSeconds());
}

/** One medicine's planned amount today, in the form the plan measures it in. */
export interface PlannedIntake {
  readonly medicationId: string;
  readonly mg: number;
  readonly form: IntakeForm | null;
}

/**
 * Today's planned amount of each medicine: one during a direct taper, two during a switch to diazepam. Never a
 * diazepam-equivalent total: the person takes, and logs, each medicine as itself.
 */
export function plannedIntakes(step: PlanStepView | undefined): PlannedIntake[] {
  return (step?.doses ?? [])
    .filter((d) => d.mg > 0)
    .map((d) => ({ medicationId: d.medicationId, mg: d.mg, form: INTAKE_FORM_OF_METHOD[d.realisation.method] }));
}

/**
 * The planned intakes not yet logged today. A dose that did not say its medicine counts for the only one planned.
 * Once everything planned is logged the one-tap button goes, so a second tap can never log the day twice.
 */
export function unloggedPlanned(
  planned: readonly PlannedIntake[],
  doses: readonly Pick<DoseView, 'medicationId' | 'doseMg'>[],
): PlannedIntake[] {
  const only = planned.length === 1 ? planned[0]?.medicationId : undefined;
  return planned.filter((p) => {
    const loggedUg = doses
      .filter((d) => (d.medicationId ?? only) === p.medicationId)
      .reduce((sum, d) => sum + Math.round(d.doseMg * 1000), 0);
    return loggedUg < Math.round(p.mg * 1000);
  });
}
