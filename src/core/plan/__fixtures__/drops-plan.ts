import type { Plan } from '../plan-types.js';
import { fixturePlan } from './plan-input.js';

/** Clonazepam 1 mg a day as drops, 10 % cuts: a small, exact plan for tests of what reads a plan. */
export function dropsPlan(startDate: string, intervalDays: number): Plan {
  return fixturePlan({
    medicationId: 'clonazepam',
    form: 'drops',
    currentDoseMg: 1,
    startDate,
    strategy: { kind: 'proportional', percent: 10, intervalDays },
  });
}
