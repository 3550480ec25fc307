/**
 * A red-flag event pauses the plan: no step that would begin after the event begins until the person has
 * confirmed that it is safe to go on. Not a sourced rule but the conservative reading of clinical.md §6.1 ("stop
 * the taper UI from suggesting a reduction") and §2.2 (JCPG: pause when significant symptoms appear). See
 * docs/adr/0008-red-flags-pause-the-plan.md.
 *
 * The pause is expressed with the planner's own holds: the step in effect on the event's day is held until the
 * last paused day (today while unconfirmed, the confirmation day once confirmed), which shifts every later step.
 * Before the plan's first step there is no step to hold, so the start moves instead.
 */
import { addDays, daysBetween, type CalendarDate } from '../calendar-date.js';
import type { Hold, Plan } from './plan-types.js';

export interface PauseEvent {
  readonly id: string;
  readonly kind: string;
  /** The day it happened. */
  readonly date: CalendarDate;
  /** The day the person confirmed it is safe to go on; null until then. */
  readonly confirmedOn: CalendarDate | null;
}

export interface RedFlagPause {
  readonly eventId: string;
  readonly kind: string;
  readonly since: CalendarDate;
  readonly confirmedOn: CalendarDate | null;
  /** The step held at its dose, or null when the event came before the first step (the start moves instead). */
  readonly stepIndex: number | null;
  /** Days this pause added to the plan (0 when no step was due while it lasted). */
  readonly days: number;
}

export interface PlanPauses {
  /** Holds to add to the plan's own. */
  readonly holds: readonly Hold[];
  /** Days the plan's start moves, for events before its first step. */
  readonly startDelayDays: number;
  /** One per event, oldest first. */
  readonly pauses: readonly RedFlagPause[];
}

/** The last index whose start is at or before `day` (-1: none); starts stay in order as pauses shift them. */
function lastAtOrBefore(starts: readonly number[], day: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? Infinity) <= day) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The `reason` of a hold made by a pause; holds the person adds have their own words. */
export const PAUSE_HOLD_REASON = 'red-flag pause';

/**
 * The holds that keep `plan` (computed with the person's own holds) paused for `events`, as of `today`. Events are
 * taken in the order they happened, each on the schedule as the earlier pauses left it, so overlapping pauses do
 * not add up: a pause only ever pushes the next step to the day after its last paused day.
 */
export function redFlagPauses(
  plan: Pick<Plan, 'steps'>,
  events: readonly PauseEvent[],
  today: CalendarDate,
): PlanPauses {
  // Start and end of each step as days from the plan's first day; null end: the final step, which lasts.
  const first = plan.steps[0]?.start;
  if (first === undefined) return { holds: [], startDelayDays: 0, pauses: [] };
  const starts = plan.steps.map((s) => daysBetween(first, s.start));
  const ends = plan.steps.map((s) => (s.end === null ? null : daysBetween(first, s.end)));
  const shift = (from: number, days: number) => {
    for (let j = from; j < starts.length; j++) {
      starts[j] = (starts[j] ?? 0) + days;
      const end = ends[j];
      if (end !== undefined && end !== null) ends[j] = end + days;
    }
  };

  const holds: Hold[] = [];
  const pauses: RedFlagPause[] = [];
  let startDelayDays = 0;
  const ordered = [...events].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  for (const event of ordered) {
    const on = daysBetween(first, event.date);
    // The last paused day: today while unconfirmed; never before the event itself.
    const last = Math.max(on, daysBetween(first, event.confirmedOn ?? today));
    const inEffect = lastAtOrBefore(starts, on);
    let stepIndex: number | null = null;
    let days = 0;
    if (inEffect === -1) {
      days = Math.max(0, last + 1 - (starts[0] ?? 0));
      startDelayDays += days;
      shift(0, days);
    } else {
      stepIndex = inEffect;
      const end = ends[inEffect];
      if (end !== null && end !== undefined && end < last) {
        days = last - end;
        ends[inEffect] = last;
        shift(inEffect + 1, days);
        holds.push({ stepIndex: inEffect, days, reason: PAUSE_HOLD_REASON, createdAt: addDays(first, last) });
      }
    }
    pauses.push({
      eventId: event.id,
      kind: event.kind,
      since: event.date,
      confirmedOn: event.confirmedOn,
      stepIndex,
      days,
    });
  }
  return { holds, startDelayDays, pauses };
}
