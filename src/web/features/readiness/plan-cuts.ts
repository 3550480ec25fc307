/** The plan's next cut as the web reads a saved plan (the server's readiness answer names it when online). */
import type { PlanView } from '../../../api/plan-schemas.js';
import { daysBetween, READINESS_FROM_DAYS, type CalendarDate } from '../../../core/index.js';

type Step = PlanView['steps'][number];

/** The first step after `today` that lowers the dose, or undefined when no cut is left. */
export function nextCutStep(plan: PlanView, today: CalendarDate): Step | undefined {
  return plan.steps.find((s, i) => s.start > today && i > 0 && s.doseMg < (plan.steps[i - 1]?.doseMg ?? 0));
}

/** Whether a cut is close enough for the readiness view (from 3 days before it). */
export function cutIsNear(plan: PlanView, today: CalendarDate): Step | undefined {
  const next = nextCutStep(plan, today);
  return next && daysBetween(today, next.start) <= READINESS_FROM_DAYS ? next : undefined;
}

/** The step a hold before the cut on `cutDate` lengthens: the one that ends the day before. */
export function stepBeforeCut(plan: PlanView, cutDate: CalendarDate): Step | undefined {
  const index = plan.steps.findIndex((s) => s.start === cutDate);
  return index > 0 ? plan.steps[index - 1] : undefined;
}
