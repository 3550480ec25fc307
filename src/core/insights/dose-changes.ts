/**
 * The dose changes of a plan, read from its steps as the planner dated them (so the person's holds and red-flag
 * pauses, which lengthen their steps, are already in the dates). The first step is itself a change: from the dose
 * the plan started from (recovered from its cut percent) to the first step's dose.
 */
import type { CalendarDate } from '../calendar-date.js';
import type { Plan, PlanStep } from '../plan/plan-types.js';
import type { DoseChange } from './types.js';

const roundMg = (mg: number) => Math.round(mg * 1000) / 1000;

/**
 * The dose before the first step, for a plan that does not say it: its dose before its cut (cut percents are rounded
 * to 0.01, so round to µg). A first step that stops (100 %) cannot say what it stopped from: the plan's startMg can.
 */
function startDoseMg(first: PlanStep): number {
  if (first.cutPercent <= 0 || first.cutPercent >= 100) return first.doseMg;
  return roundMg(first.doseMg / (1 - first.cutPercent / 100));
}

/**
 * Every change of the daily dose in date order. A substitution stage keeps the dose on the plan's scale but
 * changes the medicine, so it counts as a change too; a step that repeats the dose of the one before does not.
 */
export function doseChanges(
  plan: Pick<Plan, 'steps'> & Partial<Pick<Plan, 'startMg'>>,
  startMg: number | undefined = plan.startMg,
): DoseChange[] {
  const changes: DoseChange[] = [];
  let before: number | undefined;
  for (const step of plan.steps) {
    const fromMg = before ?? startMg ?? startDoseMg(step);
    if (fromMg !== step.doseMg || step.kind === 'substitute')
      changes.push({ date: step.start, fromMg, toMg: step.doseMg, stepIndex: step.index });
    before = step.doseMg;
  }
  return changes;
}

/** Changes that lowered the dose: the cuts whose aftermath the insights follow. */
export function cutsOf(changes: readonly DoseChange[]): DoseChange[] {
  return changes.filter((c) => c.toMg < c.fromMg);
}

/** The last change on or before `date`, and the first after it. */
export function changesAround(
  changes: readonly DoseChange[],
  date: CalendarDate,
): { readonly last: DoseChange | null; readonly next: DoseChange | null } {
  let last: DoseChange | null = null;
  for (const change of changes) {
    if (change.date > date) return { last, next: change };
    last = change;
  }
  return { last, next: null };
}
