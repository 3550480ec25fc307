/**
 * How the doses taken compare with the plan, day by day, in plain categories and without blame. Missing
 * planned doses on two or more days running is flagged: stopping suddenly is unsafe (JCPG 2025
 * recommendation 2; the patient guide warns against skipping doses, clinical.md §2.2).
 */
import { addDays, daysBetween, type CalendarDate } from './calendar-date.js';
import type { Micrograms } from './dose.js';
import type { Realisation } from './plan/measuring.js';
import type { Plan } from './plan/plan-types.js';

/** How a dose was taken, as the person would say it; a home water mixture is tablets dissolved and measured. */
export const INTAKE_FORMS = ['tablet', 'liquid', 'water-mixture', 'drops'] as const;
export type IntakeForm = (typeof INTAKE_FORMS)[number];

/** The form a planned dose is taken in, from how the plan measures it (null when nothing is measured). */
export const INTAKE_FORM_OF_METHOD: Readonly<Record<Realisation['method'], IntakeForm | null>> = {
  none: null,
  tablets: 'tablet',
  'water-titration': 'water-mixture',
  liquid: 'liquid',
  drops: 'drops',
};

export interface Intake {
  readonly id: string;
  readonly date: CalendarDate;
  readonly takenAt: string;
  readonly doseMicrograms: Micrograms;
  /** Null when the person did not say. */
  readonly form: IntakeForm | null;
  readonly note: string;
}

export type DayStatus = 'as-planned' | 'less' | 'more' | 'missed' | 'not-recorded' | 'no-plan';

export interface AdherenceDay {
  readonly date: CalendarDate;
  readonly plannedMg: number | null;
  readonly takenMg: number;
  readonly intakes: number;
  readonly status: DayStatus;
}

export interface AdherenceRisk {
  readonly code: 'missed_days';
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
}

/** Two or more planned days in a row with nothing taken (JCPG: do not stop suddenly). */
export const MISSED_DAYS_RISK = 2;

/** The plan's daily dose on a date: the step in effect then (mg of the plan's scale), or null outside the plan. */
export function plannedDoseOn(plan: Plan, date: CalendarDate): number | null {
  const step = plan.steps.find((s) => s.start <= date && (s.end === null || date <= s.end));
  return step ? step.doses.reduce((sum, d) => sum + d.mg, 0) : null;
}

/**
 * Day-by-day adherence from `from` to `to` (inclusive). Days before `recordedSince` with no intake count as
 * "not recorded" rather than "missed": the person may simply not have used the dose log yet.
 */
export function assessAdherence(
  plan: Plan | undefined,
  intakes: readonly Intake[],
  range: { readonly from: CalendarDate; readonly to: CalendarDate; readonly recordedSince: CalendarDate | null },
): { readonly days: readonly AdherenceDay[]; readonly risks: readonly AdherenceRisk[] } {
  const byDate = new Map<CalendarDate, Intake[]>();
  for (const intake of intakes) byDate.set(intake.date, [...(byDate.get(intake.date) ?? []), intake]);

  const days: AdherenceDay[] = [];
  const length = Math.max(0, daysBetween(range.from, range.to) + 1);
  for (let i = 0; i < length; i++) {
    const date = addDays(range.from, i);
    const taken = byDate.get(date) ?? [];
    const takenUg = taken.reduce((sum, t) => sum + t.doseMicrograms, 0);
    const planned = plan ? plannedDoseOn(plan, date) : null;
    const plannedUg = planned === null ? null : Math.round(planned * 1000);
    let status: DayStatus;
    if (plannedUg === null) status = 'no-plan';
    else if (taken.length === 0) status = plannedUg === 0 ? 'as-planned' : range.recordedSince !== null && date >= range.recordedSince ? 'missed' : 'not-recorded';
    else status = takenUg === plannedUg ? 'as-planned' : takenUg < plannedUg ? 'less' : 'more';
    days.push({ date, plannedMg: planned, takenMg: takenUg / 1000, intakes: taken.length, status });
  }

  const risks: AdherenceRisk[] = [];
  let run: AdherenceDay[] = [];
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length >= MISSED_DAYS_RISK) risks.push({ code: 'missed_days', from: first.date, to: last.date, days: run.length });
    run = [];
  };
  for (const day of days) {
    if (day.status === 'missed') run.push(day);
    else close();
  }
  close();
  return { days, risks };
}
