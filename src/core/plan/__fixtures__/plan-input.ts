import { planTaper } from '../plan-taper.js';
import type { Plan, PlanInput } from '../plan-types.js';

/** What most test plans share: to 0, once a day, taken daily, the usual 0.1 mL syringe marks. */
export const INPUT_DEFAULTS = {
  endpointMg: 0,
  doseTimes: [{ label: 'daily', share: 1 }],
  takenDailyOver4Weeks: true,
  syringeMl: 0.1,
} as const;

export type FixtureInput = Omit<PlanInput, keyof typeof INPUT_DEFAULTS> & Partial<PlanInput>;

export const fixtureInput = (input: FixtureInput): PlanInput => ({ ...INPUT_DEFAULTS, ...input });

/** A plan the test relies on being accepted. */
export function fixturePlan(input: FixtureInput): Plan {
  const result = planTaper(fixtureInput(input));
  if (!result.ok) throw new Error(`fixture plan refused: ${result.error.code}`);
  return result.value;
}
