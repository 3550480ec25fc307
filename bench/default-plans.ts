/**
 * Prints the default plans (proportional 10 % every 14 days, to 0) for a few common starting doses, by form:
 * steps, weeks, the largest cut within any 14 days (the final stop aside) and the last dose before 0.
 * Run: npx tsx bench/default-plans.ts
 */
import { daysBetween, planTaper, type FormKind, type Plan } from '../src/core/index.js';

const CASES: readonly { readonly medicationId: string; readonly doseMg: number }[] = [
  { medicationId: 'clonazepam', doseMg: 0.5 },
  { medicationId: 'clonazepam', doseMg: 1 },
  { medicationId: 'clonazepam', doseMg: 2 },
  { medicationId: 'clonazepam', doseMg: 4 },
  { medicationId: 'alprazolam', doseMg: 2 },
];
const FORMS: readonly FormKind[] = ['tablet', 'liquid', 'drops'];

/** The largest share of the dose lost within any 14 days, the final stop aside. */
function largestCutIn14Days(plan: Plan, startMg: number): number {
  const first = plan.steps[0]?.start ?? '';
  let largest = 0;
  for (const step of plan.steps) {
    if (step.kind === 'stop') continue;
    const day = daysBetween(first, step.start);
    let top = day < 14 ? startMg : 0;
    for (const other of plan.steps) {
      const from = daysBetween(first, other.start);
      const to = other.end === null ? Infinity : daysBetween(first, other.end);
      if (from <= day - 1 && to >= day - 14) top = Math.max(top, other.doseMg);
    }
    if (top > 0) largest = Math.max(largest, (top - step.doseMg) / top);
  }
  return largest;
}

console.log('| medication | dose mg | form | steps | weeks | largest 14-day cut | last dose before 0 |');
console.log('|---|---|---|---|---|---|---|');
for (const c of CASES) {
  for (const form of FORMS) {
    const result = planTaper({
      medicationId: c.medicationId,
      form,
      currentDoseMg: c.doseMg,
      startDate: '2027-01-04',
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
      endpointMg: 0,
      doseTimes: [{ label: 'daily', share: 1 }],
      takenDailyOver4Weeks: true,
      syringeMl: 0.1,
    });
    if (!result.ok) {
      console.log(`| ${c.medicationId} | ${c.doseMg} | ${form} | refused: ${result.error.code} | | | |`);
      continue;
    }
    const plan = result.value;
    const last = plan.steps[plan.steps.length - 1];
    const first = plan.steps[0];
    const weeks = first && last ? daysBetween(first.start, last.start) / 7 : 0;
    const beforeStop = plan.steps[plan.steps.length - 2]?.doseMg ?? c.doseMg;
    console.log(
      `| ${c.medicationId} | ${c.doseMg} | ${form} | ${plan.steps.length} | ${weeks.toFixed(0)} | ${(largestCutIn14Days(plan, c.doseMg) * 100).toFixed(0)} % | ${beforeStop} mg |`,
    );
  }
}
