/** Reading a plan's steps: which one is in effect on a day, which can still be held, and each medicine's amount. */
import type { PlanView } from '../../../api/plan-schemas.js';
import { medicationName, type CalendarDate } from '../../../core/index.js';

export type PlanStepView = PlanView['steps'][number];

/** A medicine's name (the id when unknown); only the names, not the registry, ship with the screens that say it. */
export const medicineName = (id: string): string => medicationName(id) ?? id;

/**
 * Each medicine's own amount on a step, for words such as "1.25 mg clonazepam and 5 mg diazepam": during a switch a
 * medicine at 0 is left out; a single-medicine step keeps its dose even at 0 (the final stop).
 */
export function stepDoseParts(
  step: PlanStepView,
  nameOf: (id: string) => string = medicineName,
): { readonly name: string; readonly mg: number }[] {
  return step.doses
    .filter((d) => d.mg > 0 || step.doses.length === 1)
    .map((d) => ({ name: nameOf(d.medicationId), mg: d.mg }));
}

/** The step in effect on `date`: start <= date <= end, or the final step once it has begun. */
export function stepOn(plan: PlanView, date: CalendarDate): PlanStepView | undefined {
  return plan.steps.find((s) => s.start <= date && (s.end === null || date <= s.end));
}

/** Steps a hold can still be added to: not over yet, and not the final step. */
export function holdableSteps(plan: PlanView, today: CalendarDate): PlanStepView[] {
  return plan.steps.filter((s) => s.end !== null && s.end >= today);
}
