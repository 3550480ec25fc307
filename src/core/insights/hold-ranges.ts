/**
 * The days each hold keeps a step at its dose, with the hold's own reason (the trend marks them). The planner adds a
 * step's holds to its end in the order it is given them (plan-taper.ts: the person's holds, then the red-flag pauses'),
 * so the held days are the last `holdDays` of the step, one hold after another.
 */
import { addDays, type CalendarDate } from '../calendar-date.js';
import type { Hold, Plan } from '../plan/plan-types.js';

export interface HoldRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly reason: string;
}

/** `holds`: in the order the planner applied them (the person's, then the pauses'). */
export function holdRanges(plan: Plan, holds: readonly Pick<Hold, 'stepIndex' | 'days' | 'reason'>[]): HoldRange[] {
  // Each step's holds, in the order given: one pass over the holds, not one per step (a plan may have a thousand).
  const byStep = new Map<number, (typeof holds)[number][]>();
  for (const hold of holds) {
    if (hold.days <= 0) continue;
    const onStep = byStep.get(hold.stepIndex);
    if (onStep) onStep.push(hold);
    else byStep.set(hold.stepIndex, [hold]);
  }
  const ranges: HoldRange[] = [];
  for (const step of plan.steps) {
    if (step.holdDays <= 0 || step.end === null) continue;
    let left = step.holdDays;
    let from = addDays(step.end, 1 - step.holdDays);
    for (const hold of byStep.get(step.index) ?? []) {
      if (left <= 0) break;
      const days = Math.min(hold.days, left);
      ranges.push({ from, to: addDays(from, days - 1), reason: hold.reason });
      from = addDays(from, days);
      left -= days;
    }
  }
  return ranges;
}
