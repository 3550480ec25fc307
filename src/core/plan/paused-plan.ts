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

/** A recorded red-flag event as stored and exported: instants in UTC, and the person's own day when the device said. */
export interface RecordedEvent {
  readonly id: string;
  readonly kind: string;
  readonly occurredAt: string;
  readonly occurredOn: CalendarDate | null;
  readonly confirmedAt: string | null;
}

/**
 * An event counts from the person's own day (as their device wrote it); confirmations are UTC days, as the server
 * dates everything else. Near midnight that errs towards a longer pause, never a shorter one.
 */
export function pauseEventOf(event: RecordedEvent): PauseEvent {
  const utcDay = (iso: string): CalendarDate => iso.slice(0, 10);
  return {
    id: event.id,
    kind: event.kind,
    date: event.occurredOn ?? utcDay(event.occurredAt),
    confirmedOn: event.confirmedAt === null ? null : utcDay(event.confirmedAt),
  };
}

/**
 * The day an unconfirmed pause lasts through, for a UTC `today`: the person's day may already be tomorrow (up to
 * UTC+14), so an open pause lasts through the latest day anywhere and no screen shows the next cut while it is open.
 */
export const pauseOpenUntil = (today: CalendarDate): CalendarDate => addDays(today, 1);

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
