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
  const ranges: HoldRange[] = [];
  for (const step of plan.steps) {
    if (step.holdDays <= 0 || step.end === null) continue;
    let left = step.holdDays;
    let from = addDays(step.end, 1 - step.holdDays);
    for (const hold of holds) {
      if (hold.stepIndex !== step.index || hold.days <= 0 || left <= 0) continue;
      const days = Math.min(hold.days, left);
      ranges.push({ from, to: addDays(from, days - 1), reason: hold.reason });
      from = addDays(from, days);
      left -= days;
    }
  }
  return ranges;
}
