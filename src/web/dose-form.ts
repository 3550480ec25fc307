/**
 * The "log a dose" form as typed (strings, so half-typed values survive) and its conversion to the API's
 * body. The time is today's local clock time; a time later than now is refused rather than guessed at.
 */
import type { DoseBody, DoseView } from '../api/dose-schemas.js';
import { INTAKE_FORM_OF_METHOD, type IntakeForm } from '../core/adherence.js';
import { isTimeOfDay, minutesOfDay } from '../core/reminders.js';
import type { Result } from '../core/result.js';
import { parseDose } from './checkin-form.js';
import { localIsoDateTime } from './dates.js';
import type { PlanStepView } from './features/plan/plan-form.js';

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

export function draftToDose(
  draft: DoseDraft,
  date: string,
  now: Date,
  medicationId: string | null = null,
): Result<Omit<DoseBody, 'id'>, DoseProblem> {
  const doseMg = parseDose(draft.mg);
  if (doseMg === undefined) return { ok: false, error: { field: 'mg' } };
  const minutes = minutesOf(draft.time);
  const at = new Date(now);
  // Left at the current minute, the dose is taken now, to the second (so doses logged in one minute keep their order).
  if (minutes !== undefined && draft.time !== clockTime(now)) at.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
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
