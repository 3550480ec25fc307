import { planTaper } from '../plan-taper.js';
import type { Plan } from '../plan-types.js';

/** Clonazepam 1 mg a day as drops, 10 % cuts: a small, exact plan for tests of what reads a plan. */
export function dropsPlan(startDate: string, intervalDays: number): Plan {
  const result = planTaper({
    medicationId: 'clonazepam',
    form: 'drops',
    currentDoseMg: 1,
    startDate,
    strategy: { kind: 'proportional', percent: 10, intervalDays },
    endpointMg: 0,
    doseTimes: [{ label: 'daily', share: 1 }],
    takenDailyOver4Weeks: true,
    syringeMl: 0.1,
  });
  if (!result.ok) throw new Error(`fixture plan refused: ${result.error.code}`);
  return result.value;
}
