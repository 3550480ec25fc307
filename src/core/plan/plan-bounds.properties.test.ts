/**
 * Issue #9: every plan is bounded in steps × dose-times (MAX_STEP_DOSE_TIMES), so the costliest valid request is
 * cheap. The property holds for any plan input the API accepts; long requests are refused as `plan_too_long`.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInput } from './__fixtures__/plan-input.js';
import { MAX_STEP_DOSE_TIMES } from './guardrails.js';
import { planTaper } from './plan-taper.js';
import type { PlanInput, Strategy } from './plan-types.js';

const TIMES = ['morning', 'late morning', 'midday', 'afternoon', 'evening', 'night'];
const doseTimes = (n: number) => TIMES.slice(0, n).map((label) => ({ label, share: 1 / n }));

/** The finding: a linear plan from 999.5 mg in 0.5 mg steps at six dose-times (1999 steps) took 161 ms. */
const costly = fixtureInput({
  medicationId: 'diazepam',
  form: 'tablet',
  currentDoseMg: 999.5,
  startDate: '2027-01-04',
  strategy: { kind: 'linear', stepMg: 0.5, intervalDays: 1 },
  doseTimes: doseTimes(6),
});

const mg = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((ug) => ug / 1000);

/** Within the API's schema (src/api/plan-schemas.ts), biased towards the longest plans: small cuts, short intervals. */
const strategyArb: fc.Arbitrary<Strategy> = fc.oneof(
  fc.record({
    kind: fc.constant('linear' as const),
    stepMg: mg(0.001, 2),
    intervalDays: fc.integer({ min: 1, max: 56 }),
  }),
  fc.record({
    kind: fc.constant('linear' as const),
    stepMg: mg(0.001, 0.5),
    intervalDays: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('proportional' as const),
    percent: fc.integer({ min: 1, max: 25 }),
    intervalDays: fc.integer({ min: 7, max: 56 }),
  }),
  fc.record({
    kind: fc.constant('custom' as const),
    steps: fc.array(fc.record({ doseMg: mg(0, 1000), days: fc.integer({ min: 1, max: 365 }) }), {
      minLength: 1,
      maxLength: 200,
    }),
  }),
  fc.record({
    kind: fc.constant('crossover' as const),
    diazepamMgPerMg: fc.constantFrom(10, 20),
    stageDays: fc.integer({ min: 5, max: 14 }),
    intervalDays: fc.integer({ min: 7, max: 14 }),
    cutSize: fc.constantFrom('lower' as const, 'upper' as const),
    diazepamForm: fc.constantFrom('liquid' as const, 'tablet' as const),
  }),
);

const inputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    medicationId: fc.constantFrom('diazepam', 'clonazepam', 'alprazolam', 'lorazepam'),
    form: fc.constantFrom('tablet' as const, 'liquid' as const),
    currentDoseMg: fc.oneof(mg(1, 60), mg(60, 1000)),
    strategy: strategyArb,
    times: fc.integer({ min: 1, max: 6 }),
    pace: fc.constantFrom('guideline' as const, 'prescriber-faster' as const),
    floorMg: fc.option(mg(0.001, 0.5), { nil: undefined }),
  })
  .map(({ times, ...rest }) => fixtureInput({ ...rest, startDate: '2027-01-04', doseTimes: doseTimes(times) }));

describe('plans are bounded in steps × dose-times', () => {
  it('the costly preview (999.5 mg in 0.5 mg steps at six dose-times) is refused with plan_too_long on `strategy`', () => {
    const result = planTaper(costly);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'plan_too_long', field: 'strategy', suggestions: ['fewer_dose_times'] },
    });
  });

  it('the same plan at one dose-time… still has more steps than the bound allows; from 500 mg it fits', () => {
    expect(planTaper({ ...costly, doseTimes: doseTimes(1) })).toMatchObject({
      ok: false,
      error: { code: 'plan_too_long', field: 'strategy' },
    });
    const fits = planTaper({ ...costly, currentDoseMg: 500, doseTimes: doseTimes(1) });
    expect(fits.ok && fits.value.steps.length).toBe(1000);
  });

  test.prop([inputArb], { numRuns: 150 })(
    'no accepted plan has more than MAX_STEP_DOSE_TIMES amounts to measure',
    (input) => {
      const result = planTaper(input);
      if (result.ok)
        expect(result.value.steps.length * input.doseTimes.length).toBeLessThanOrEqual(MAX_STEP_DOSE_TIMES);
      else if (result.error.code === 'plan_too_long' && result.error.field !== undefined)
        expect(result.error.field).toBe('strategy');
    },
  );
});
