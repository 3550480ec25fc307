/**
 * How the doses taken compare with the plan, day by day and medicine by medicine, in plain categories and
 * without blame. During a switch to diazepam a day has two medicines: each is compared with its own planned amount
 * and mg of two drugs are never added. Missing planned doses on two or more days running, or taking far less than
 * planned, is flagged: stopping or cutting suddenly is unsafe (JCPG 2025 recommendation 2; the patient guide warns
 * against skipping doses, clinical.md §2.2).
 */
import { addDays, daysBetween, type CalendarDate } from './calendar-date.js';
import type { Micrograms } from './dose.js';
import type { Realisation } from './plan/measuring.js';
import type { Plan, PlanStep } from './plan/plan-types.js';

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
  /** Which medicine; null for doses logged before the log said (read as the plan's own medicine). */
  readonly medicationId: string | null;
  readonly doseMicrograms: Micrograms;
  /** Null when the person did not say. */
  readonly form: IntakeForm | null;
  readonly note: string;
}

/** What adherence needs of a logged dose; `count` > 1 when it stands for that many intakes of the day (a total). */
export type LoggedDose = Pick<Intake, 'date' | 'medicationId' | 'doseMicrograms'> & { readonly count?: number };

/** `much-less`: under half the planned amount, which is like a large sudden cut. */
export type DayStatus = 'as-planned' | 'less' | 'much-less' | 'more' | 'missed' | 'not-recorded' | 'no-plan';

export interface MedicineDay {
  readonly medicationId: string;
  /** Null on a day outside the plan. */
  readonly plannedMg: number | null;
  readonly takenMg: number;
  readonly status: DayStatus;
}

export interface AdherenceDay {
  readonly date: CalendarDate;
  readonly intakes: number;
  /** The day as a whole: the least reassuring of its medicines. */
  readonly status: DayStatus;
  /** Where the day's dose was learnt from: the dose log, or the dose written in the day's check-in. */
  readonly source: 'dose-log' | 'check-in' | 'none';
  readonly medicines: readonly MedicineDay[];
}

export interface AdherenceRisk {
  readonly code: 'missed_days' | 'far_below_plan';
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
}

/** Two or more planned days in a row with nothing taken (JCPG: do not stop suddenly). */
export const MISSED_DAYS_RISK = 2;
/** A day with less than this share of a planned amount is flagged at once (conservative design choice). */
export const FAR_BELOW_SHARE = 0.5;

const covers = (step: PlanStep, date: CalendarDate) => step.start <= date && (step.end === null || date <= step.end);

function plannedDosesOf(step: PlanStep | undefined): Map<string, Micrograms> {
  const planned = new Map<string, Micrograms>();
  for (const d of step?.doses ?? [])
    planned.set(d.medicationId, (planned.get(d.medicationId) ?? 0) + Math.round(d.mg * 1000));
  return planned;
}

/** The plan's amount of each medicine on a date (µg), from the step in effect; empty outside the plan. */
export function plannedDosesOn(plan: Plan, date: CalendarDate): ReadonlyMap<string, Micrograms> {
  return plannedDosesOf(plan.steps.find((s) => covers(s, date)));
}

/**
 * The step in effect on each of a run of increasing dates. Steps follow each other in date order, so the first is
 * found by bisection and the rest by walking forward: the work follows the days asked for, not the plan's length.
 */
function stepWalker(steps: readonly PlanStep[], from: CalendarDate): (date: CalendarDate) => PlanStep | undefined {
  let low = 0;
  let high = steps.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((steps[mid]?.start ?? '') <= from) low = mid + 1;
    else high = mid;
  }
  let i = Math.max(0, low - 1);
  return (date) => {
    while ((steps[i + 1]?.start ?? '\uffff') <= date) i++;
    const step = steps[i];
    return step && covers(step, date) ? step : undefined;
  };
}

/** Each medicine's share of the day: a medicine the plan has at 0 that day (a finished swap) drops out. */
function medicinesOf(planned: ReadonlyMap<string, Micrograms>, plan: Plan | undefined): string[] {
  const ids = [...planned.entries()].filter(([, ug]) => ug > 0).map(([id]) => id);
  return ids.length > 0 ? ids : plan ? [planned.keys().next().value ?? plan.medicationId] : [];
}

/** Which planned medicine an intake that did not say is for: the plan's own, or the only one planned that day. */
function medicineOfIntake(intake: LoggedDose, medicines: readonly string[], plan: Plan | undefined): string | null {
  if (intake.medicationId !== null) return intake.medicationId;
  if (medicines.length === 1) return medicines[0] ?? null;
  return plan?.medicationId ?? null;
}

function statusOf(plannedUg: number, takenUg: number): DayStatus {
  if (takenUg === plannedUg) return 'as-planned';
  if (takenUg > plannedUg) return 'more';
  return takenUg < plannedUg * FAR_BELOW_SHARE ? 'much-less' : 'less';
}

/** Least reassuring first: what the day as a whole is called. */
const SEVERITY: readonly DayStatus[] = ['missed', 'much-less', 'less', 'more', 'not-recorded', 'as-planned', 'no-plan'];
const worst = (statuses: readonly DayStatus[]): DayStatus => SEVERITY.find((s) => statuses.includes(s)) ?? 'no-plan';

export interface AdherenceRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** The first day anything was logged; earlier days without a dose are "not recorded", not "missed". */
  readonly recordedSince: CalendarDate | null;
  /** Days from this one on are not over yet (today): shown as they stand, never raised as a risk. */
  readonly openFrom?: CalendarDate | undefined;
}

/**
 * Day-by-day adherence from `from` to `to` (inclusive). A day with no dose logged but a dose written in its check-in
 * takes that dose as the day's (one fact, not two sources): for a day with one planned medicine it is compared as
 * that medicine; for a day with two it can't be split, so the day counts as recorded but is not judged.
 */
export function assessAdherence(
  plan: Plan | undefined,
  intakes: readonly LoggedDose[],
  range: AdherenceRange,
  checkinDoses: ReadonlyMap<CalendarDate, Micrograms> = new Map(),
): { readonly days: readonly AdherenceDay[]; readonly risks: readonly AdherenceRisk[] } {
  const byDate = new Map<CalendarDate, LoggedDose[]>();
  for (const intake of intakes) {
    const day = byDate.get(intake.date);
    if (day) day.push(intake);
    else byDate.set(intake.date, [intake]);
  }

  const days: AdherenceDay[] = [];
  const length = Math.max(0, daysBetween(range.from, range.to) + 1);
  const stepOn = stepWalker(plan?.steps ?? [], range.from);
  for (let i = 0; i < length; i++) {
    const date = addDays(range.from, i);
    const logged = byDate.get(date) ?? [];
    const planned = plannedDosesOf(stepOn(date));
    const medicines = medicinesOf(planned, plan);
    const taken = new Map<string, Micrograms>();
    for (const intake of logged) {
      const id = medicineOfIntake(intake, medicines, plan) ?? 'unknown';
      taken.set(id, (taken.get(id) ?? 0) + intake.doseMicrograms);
    }
    const fromCheckin = logged.length === 0 ? checkinDoses.get(date) : undefined;
    const source = logged.length > 0 ? 'dose-log' : fromCheckin !== undefined ? 'check-in' : 'none';
    if (fromCheckin !== undefined && medicines.length <= 1)
      taken.set(medicines[0] ?? plan?.medicationId ?? 'unknown', fromCheckin);

    const outsidePlan = planned.size === 0;
    const ids = [...new Set([...medicines, ...taken.keys()])].filter((id) => !(outsidePlan && !taken.has(id)));
    const recorded = range.recordedSince !== null && date >= range.recordedSince;
    const medicineDays: MedicineDay[] = ids.map((id) => {
      const plannedUg = outsidePlan ? null : (planned.get(id) ?? 0);
      const takenUg = taken.get(id) ?? 0;
      let status: DayStatus;
      if (plannedUg === null) status = 'no-plan';
      else if (source === 'check-in' && medicines.length > 1) status = 'not-recorded';
      else if (source === 'none') status = plannedUg === 0 ? 'as-planned' : recorded ? 'missed' : 'not-recorded';
      else status = statusOf(plannedUg, takenUg);
      return {
        medicationId: id,
        plannedMg: plannedUg === null ? null : plannedUg / 1000,
        takenMg: takenUg / 1000,
        status,
      };
    });
    const status = outsidePlan ? 'no-plan' : worst(medicineDays.map((m) => m.status));
    days.push({
      date,
      intakes: logged.reduce((n, d) => n + (d.count ?? 1), 0),
      status,
      source,
      medicines: medicineDays,
    });
  }
  // A day not over yet may still get its doses: it is never part of a risk.
  const closed = range.openFrom === undefined ? days : days.filter((d) => d.date < (range.openFrom ?? d.date));
  return {
    days,
    risks: [
      ...runs(closed, 'missed', 'missed_days', MISSED_DAYS_RISK),
      ...runs(closed, 'much-less', 'far_below_plan', 1),
    ],
  };
}

/** Runs of days with `status`, at least `minimum` long, as risks. */
function runs(
  days: readonly AdherenceDay[],
  status: DayStatus,
  code: AdherenceRisk['code'],
  minimum: number,
): AdherenceRisk[] {
  const risks: AdherenceRisk[] = [];
  let run: AdherenceDay[] = [];
  const close = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length >= minimum) risks.push({ code, from: first.date, to: last.date, days: run.length });
    run = [];
  };
  for (const day of days) {
    if (day.status === status) run.push(day);
    else close();
  }
  close();
  return risks;
}
