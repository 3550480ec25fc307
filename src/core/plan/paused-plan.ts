/**
 * The plan as the person follows it: the planner's plan with their holds, then paused for red-flag events not yet
 * confirmed safe to go on (red-flag-pause.ts; docs/adr/0008). The server's reads and the FHIR export both compute it
 * this way, so an exported plan never shows a cut that the app would hold back.
 */
import { addDays, type CalendarDate } from '../calendar-date.js';
import { ok, type Result } from '../result.js';
import { planTaper } from './plan-taper.js';
import type { Hold, Plan, PlanError, PlanInput } from './plan-types.js';
import { redFlagPauses, type PauseEvent, type RedFlagPause } from './red-flag-pause.js';

export interface PausedPlan {
  readonly plan: Plan;
  readonly pauses: readonly RedFlagPause[];
}

/**
 * `openUntil`: the last day an unconfirmed pause lasts through (the caller's today, or later where the person's day
 * may already be tomorrow). A pause before the first step moves the start; the person's holds stay as they are.
 */
export function planWithPauses(
  input: PlanInput,
  holds: readonly Hold[],
  pause: { readonly events: readonly PauseEvent[]; readonly openUntil: CalendarDate },
): Result<PausedPlan, PlanError> {
  const base = planTaper(input, { holds });
  if (!base.ok) return base;
  const paused = redFlagPauses(base.value, pause.events, pause.openUntil);
  if (paused.holds.length === 0 && paused.startDelayDays === 0) return ok({ plan: base.value, pauses: paused.pauses });
  const plan = planTaper(
    { ...input, startDate: addDays(input.startDate, paused.startDelayDays) },
    { holds, pauseHolds: paused.holds },
  );
  return plan.ok ? ok({ plan: plan.value, pauses: paused.pauses }) : plan;
}
