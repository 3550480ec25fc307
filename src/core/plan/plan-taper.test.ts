/**
 * planTaper worked examples: the failures issue #8 measured on the earlier planner, each now refused or made safe,
 * and the sourced rules (clinical.md §1.2 rate table and crossover, §2.1 pace, §3.2 proportional steps).
 * The properties over all inputs are in plan-taper.properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../calendar-date.js';
import type { Medication } from '../medications/medication.js';
import { findMedication } from '../medications/registry.js';
import { finalStopLimitUg } from './pace.js';
import { diazepamCutMg, planTaper, publishedRatioRange, ratioFromTable } from './plan-taper.js';
import type { Plan, PlanInput, PlanStep, Strategy, WarningCode } from './plan-types.js';

const START = '2027-01-04';

function must(result: ReturnType<typeof planTaper>): Plan {
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.error)}`);
  return result.value;
}
function med(id: string): Medication {
  const found = findMedication(id);
  if (!found) throw new Error(`no medication ${id}`);
  return found;
}
const flagged = (plan: Plan, code: WarningCode) => plan.warnings.find((w) => w.code === code);
const codes = (plan: Plan): WarningCode[] => plan.warnings.map((w) => w.code);
const doses = (plan: Plan): number[] => plan.steps.map((s) => s.doseMg);
const weeks = (plan: Plan): number => plan.durationDays / 7;
const lastBeforeStop = (plan: Plan): number => plan.steps[plan.steps.length - 2]?.doseMg ?? NaN;
/** The largest share lost within any 14 days, the final stop aside. */
function largest14DayCut(plan: Plan, startMg: number): number {
  let largest = 0;
  for (const step of plan.steps.filter((s) => s.kind !== 'stop')) {
    const day = daysBetween(START, step.start);
    let top = day < 14 ? startMg : 0;
    for (const other of plan.steps) {
      const to = other.end === null ? Infinity : daysBetween(START, other.end);
      if (daysBetween(START, other.start) <= day - 1 && to >= day - 14) top = Math.max(top, other.doseMg);
    }
    largest = Math.max(largest, (top - step.doseMg) / top);
  }
  return largest;
}

const base: Omit<PlanInput, 'strategy'> = {
  medicationId: 'clonazepam',
  form: 'tablet',
  currentDoseMg: 1,
  startDate: START,
  endpointMg: 0,
  doseTimes: [{ label: 'daily', share: 1 }],
  takenDailyOver4Weeks: true,
  syringeMl: 0.1,
};
const TEN_PERCENT: Strategy = { kind: 'proportional', percent: 10, intervalDays: 14 };
const THREE_TIMES = [
  { label: 'morning', share: 1 / 3 },
  { label: 'midday', share: 1 / 3 },
  { label: 'night', share: 1 / 3 },
];
const crossover = (ratio: number, extra: Partial<Extract<Strategy, { kind: 'crossover' }>> = {}): Strategy => ({
  kind: 'crossover',
  diazepamMgPerMg: ratio,
  stageDays: 7,
  intervalDays: 14,
  cutSize: 'lower',
  diazepamForm: 'liquid',
  ...extra,
});

describe('item 1: the guideline pace is a property of the plan, not a warning on it', () => {
  it('clonazepam 1 mg as tablets keeps 10 % cuts by measuring the rest as a water mixture from the first step, and says so', () => {
    const plan = must(planTaper({ ...base, strategy: TEN_PERCENT }));
    expect(doses(plan).slice(0, 4)).toEqual([0.9, 0.81, 0.729, 0.657]);
    expect(plan.adjustments).toContainEqual({
      code: 'form_switch',
      steps: [0],
      medicationId: 'clonazepam',
      form: 'liquid',
      homeMixture: true,
    });
    // 0.9 mg = one 0.5 mg and one 0.25 mg tablet, and 0.15 mg from a 0.25 mg tablet stirred into 100 mL (60 mL).
    expect(plan.steps[0]?.doses[0]?.realisation).toMatchObject({
      method: 'water-titration',
      suspendTabletMg: 0.25,
      mixVolumeMl: 100,
      takeMl: 60,
      errorMg: 0,
    });
    expect(largest14DayCut(plan, 1)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(codes(plan)).not.toContain('too_fast');
    expect(codes(plan)).toContain('home_mixture');
  });

  it('keeps tablets while they can make the cut: 2 mg -> 1.75 -> 1.5 (12.5 and 14.3 %), then a mixture', () => {
    const plan = must(planTaper({ ...base, currentDoseMg: 2, strategy: TEN_PERCENT }));
    expect(doses(plan).slice(0, 3)).toEqual([1.75, 1.5, 1.35]);
    expect(plan.steps.slice(0, 2).map((s) => s.doses[0]?.realisation.method)).toEqual(['tablets', 'tablets']);
    expect(plan.adjustments).toContainEqual({
      code: 'form_switch',
      steps: [2],
      medicationId: 'clonazepam',
      form: 'liquid',
      homeMixture: true,
    });
  });

  it('lengthens steps that come closer than 14 days when their cuts add up to more than 25 %', () => {
    // 25 % every 7 days would be 44 % in two weeks: each step lasts 14 days instead.
    const plan = must(
      planTaper({
        ...base,
        form: 'liquid',
        currentDoseMg: 2,
        strategy: { kind: 'proportional', percent: 25, intervalDays: 7 },
      }),
    );
    // The dose before the final stop (from at most 1 mg diazepam-equivalent) keeps its week.
    expect(plan.steps.slice(0, -2).every((s) => s.days === 14 && s.addedDays === 7)).toBe(true);
    expect(plan.steps[plan.steps.length - 2]?.days).toBe(7);
    expect(plan.adjustments.find((a) => a.code === 'interval_lengthened')?.steps).toHaveLength(plan.steps.length - 2);
    expect(largest14DayCut(plan, 2)).toBeLessThanOrEqual(0.25 + 1e-9);
  });

  it('makes a linear 1 mg cut every 3 days from 2 mg a paced plan: cuts capped at 25 %, steps of 14 days', () => {
    const plan = must(
      planTaper({ ...base, currentDoseMg: 2, strategy: { kind: 'linear', stepMg: 1, intervalDays: 3 } }),
    );
    expect(doses(plan).slice(0, 4)).toEqual([1.5, 1.25, 1, 0.75]);
    expect(plan.adjustments.map((a) => a.code)).toEqual(
      expect.arrayContaining(['cut_capped', 'interval_lengthened', 'form_switch']),
    );
    expect(largest14DayCut(plan, 2)).toBeLessThanOrEqual(0.25 + 1e-9);
    expect(lastBeforeStop(plan)).toBeLessThanOrEqual(0.05);
    // The dose before the final stop lasts a week at least.
    expect(plan.steps[plan.steps.length - 2]?.days).toBeGreaterThanOrEqual(7);
  });

  it('refuses a form that cannot keep the pace, and says what would: chlordiazepoxide capsules', () => {
    expect(
      planTaper({
        ...base,
        medicationId: 'chlordiazepoxide',
        form: 'capsule',
        currentDoseMg: 25,
        strategy: TEN_PERCENT,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'pace_unreachable', field: 'form', suggestions: ['crossover'] },
    });
  });

  it('gives a faster plan only when the person says they and their prescriber chose it, and marks it everywhere', () => {
    const strategy: Strategy = { kind: 'linear', stepMg: 0.25, intervalDays: 7 };
    const faster = must(planTaper({ ...base, pace: 'prescriber-faster', strategy }));
    expect(faster.pace).toBe('prescriber-faster');
    // Faster, yet bounded: no 14 days lose more than half the dose (0.5 -> 0.25 -> 0.125 -> 0.063, a step each two weeks).
    expect(doses(faster)).toEqual([0.75, 0.5, 0.25, 0.125, 0.063, 0.05, 0]);
    expect(codes(faster)).toEqual(expect.arrayContaining(['faster_pace_chosen', 'too_fast']));
    expect(flagged(faster, 'too_fast')?.steps).toEqual([1, 2, 3, 4]);
    expect(largest14DayCut(faster, 1)).toBeLessThanOrEqual(0.5 + 1e-9);
    const guideline = must(planTaper({ ...base, strategy }));
    expect(guideline.pace).toBe('guideline');
    expect(codes(guideline)).not.toContain('too_fast');
    expect(codes(guideline)).not.toContain('faster_pace_chosen');
  });
});

describe('item 2: the final stop is sourced and small', () => {
  it('stops only from 1 mg diazepam-equivalent by Ashton: clonazepam 0.05, lorazepam 0.1, oxazepam 2, diazepam 1 mg', () => {
    expect([
      finalStopLimitUg(med('clonazepam')),
      finalStopLimitUg(med('lorazepam')),
      finalStopLimitUg(med('oxazepam')),
      finalStopLimitUg(med('diazepam')),
    ]).toEqual([50, 100, 2000, 1000]);
  });

  it('refuses every stop from more, wherever it is: first, middle or last, custom or from a floor', () => {
    const abrupt = { ok: false, error: { code: 'abrupt_stop' } };
    expect(
      planTaper({ ...base, currentDoseMg: 2, strategy: { kind: 'custom', steps: [{ doseMg: 0, days: 1 }] } }),
    ).toMatchObject(abrupt);
    expect(
      planTaper({
        ...base,
        currentDoseMg: 2,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 2, days: 1 },
            { doseMg: 0, days: 1 },
          ],
        },
      }),
    ).toMatchObject(abrupt);
    // The smallest tablet piece (0.25 mg clonazepam, about 5 mg diazepam) is no longer "a small dose".
    expect(
      planTaper({
        ...base,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 0.75, days: 14 },
            { doseMg: 0.25, days: 14 },
            { doseMg: 0, days: 1 },
          ],
        },
      }),
    ).toMatchObject(abrupt);
    // Custom cuts of more than 25 % are refused at the guideline pace, naming the steps.
    expect(
      planTaper({
        ...base,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 0.75, days: 14 },
            { doseMg: 0.25, days: 14 },
            { doseMg: 0.05, days: 14 },
            { doseMg: 0, days: 1 },
          ],
        },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'too_fast', steps: [1, 2], field: 'strategy.steps.1.doseMg' },
    });
    expect(
      planTaper({
        ...base,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 0.25, days: 14 },
            { doseMg: 0, days: 1 },
          ],
        },
        pace: 'prescriber-faster',
      }),
    ).toMatchObject(abrupt);
    // A floor above the limit would stop from more: refused.
    expect(planTaper({ ...base, currentDoseMg: 2, floorMg: 1.5, strategy: TEN_PERCENT })).toMatchObject({
      ok: false,
      error: { code: 'floor_too_high', field: 'floorMg' },
    });
    // Even for someone not taking it daily: a stop is a stop.
    expect(
      planTaper({
        ...base,
        takenDailyOver4Weeks: false,
        strategy: { kind: 'custom', steps: [{ doseMg: 0, days: 1 }] },
      }),
    ).toMatchObject(abrupt);
  });

  it('stops below the default floor of 0.5 mg diazepam-equivalent instead of crawling in micrograms', () => {
    // The earlier planner: clonazepam 2 mg as a water mixture lasted 126 weeks, 40 of them below 0.025 mg.
    const plan = must(planTaper({ ...base, currentDoseMg: 2, form: 'liquid', strategy: TEN_PERCENT }));
    expect(plan.floorMg).toBe(0.025);
    expect(plan.finalStopLimitMg).toBe(0.05);
    expect(plan.steps.filter((s) => s.doseMg > 0 && s.doseMg < 0.025)).toHaveLength(0);
    expect(lastBeforeStop(plan)).toBeGreaterThanOrEqual(0.025);
    expect(weeks(plan)).toBe(86);
  });

  it('takes a lower floor when the person sets one', () => {
    const plan = must(planTaper({ ...base, currentDoseMg: 2, form: 'liquid', floorMg: 0.01, strategy: TEN_PERCENT }));
    expect(lastBeforeStop(plan)).toBeLessThan(0.012);
    expect(lastBeforeStop(plan)).toBeGreaterThanOrEqual(0.01);
  });

  it('states durations that match the sources from 40 mg diazepam-equivalent (NICE CKS: 30-60 weeks at 1-2 weeks a step)', () => {
    const from40 = { ...base, currentDoseMg: 2 };
    // The rate table at its own pace: upper cuts every two weeks, lower cuts every week.
    expect(weeks(must(planTaper({ ...from40, strategy: crossover(20, { cutSize: 'upper' }) })))).toBeGreaterThanOrEqual(
      30,
    );
    expect(weeks(must(planTaper({ ...from40, strategy: crossover(20, { cutSize: 'upper' }) })))).toBeLessThanOrEqual(
      60,
    );
    expect(weeks(must(planTaper({ ...from40, strategy: crossover(20, { intervalDays: 7 }) })))).toBeLessThanOrEqual(60);
    expect(
      weeks(
        must(
          planTaper({ ...from40, form: 'liquid', strategy: { kind: 'proportional', percent: 10, intervalDays: 7 } }),
        ),
      ),
    ).toBeGreaterThanOrEqual(30);
    expect(
      weeks(
        must(
          planTaper({ ...from40, form: 'liquid', strategy: { kind: 'proportional', percent: 10, intervalDays: 7 } }),
        ),
      ),
    ).toBeLessThanOrEqual(60);
    // At JCPG's own initial pace (10 % every 2 weeks, the fast end of 5-10 % every 2-4 weeks) it is slower, never faster:
    // 40 -> 0.5 mg at 10 % a cut is ln(80)/ln(1/0.9) = 41.6 cuts, i.e. about 84-86 weeks.
    const jcpg = weeks(must(planTaper({ ...from40, form: 'liquid', strategy: TEN_PERCENT })));
    expect(jcpg).toBeGreaterThanOrEqual(2 * Math.floor(Math.log(80) / Math.log(1 / 0.9)));
    expect(jcpg).toBeLessThanOrEqual(2 * Math.ceil(Math.log(80) / Math.log(1 / 0.9)) + 4);
  });
});

describe('item 3: crossover ratios from the sources; diazepam never rounded up', () => {
  it('takes the published figures (clonazepam: Ashton 20, VA/DoD 10 mg diazepam per mg) and refuses anything outside', () => {
    expect(publishedRatioRange(med('clonazepam'))).toEqual({ low: 10, high: 20 });
    expect([ratioFromTable(med('clonazepam'), 'ashton'), ratioFromTable(med('clonazepam'), 'va-dod')]).toEqual([
      20, 10,
    ]);
    for (const ratio of [0.5, 9.9, 20.1, 200]) {
      expect(planTaper({ ...base, currentDoseMg: 2, strategy: crossover(ratio) })).toMatchObject({
        ok: false,
        error: { code: 'equivalence_out_of_range', field: 'strategy.diazepamMgPerMg' },
      });
    }
    expect(codes(must(planTaper({ ...base, currentDoseMg: 2, strategy: crossover(20) })))).not.toContain(
      'equivalence_lower_table',
    );
    // The lower table is published too, but by the other it is itself a reduction: the plan says so.
    expect(codes(must(planTaper({ ...base, currentDoseMg: 2, strategy: crossover(10) })))).toContain(
      'equivalence_lower_table',
    );
  });

  describe('clonazepam 1.5 mg (0.5 mg three times a day) at 20 mg diazepam per mg, diazepam liquid', () => {
    const plan = must(planTaper({ ...base, currentDoseMg: 1.5, doseTimes: THREE_TIMES, strategy: crossover(20) }));
    const stages = plan.steps.filter((s) => s.kind === 'substitute');
    const cuts = plan.steps.filter((s) => s.kind !== 'substitute');

    it('swaps 0.25 mg clonazepam for 5 mg diazepam each week, one dose-time at a time, at 30 mg throughout', () => {
      expect(stages).toHaveLength(6);
      for (const s of stages) expect([s.doseMg, s.equivalence]).toEqual([30, { exactMg: 30, changePercent: 0 }]);
      expect(stages[0]?.doses.map((d) => [d.medicationId, d.times.map((t) => t.mg)])).toEqual([
        ['clonazepam', [0.25, 0.5, 0.5]],
        ['diazepam', [5, 0, 0]],
      ]);
      expect(stages[5]?.doses.map((d) => [d.medicationId, d.times.map((t) => t.mg)])).toEqual([
        ['clonazepam', [0, 0, 0]],
        ['diazepam', [10, 10, 10]],
      ]);
      expect(stages.map((s) => s.start)).toEqual([0, 7, 14, 21, 28, 35].map((d) => addDays(START, d)));
    });

    it('then follows the rate table, holding its tail to 25 % in two weeks: 2 -> 1.5 -> 1.2 -> 0.9 -> 0', () => {
      expect(doses(plan).slice(6)).toEqual([
        ...[28, 26, 24, 22, 20],
        ...[19, 18, 17, 16, 15, 14, 13, 12, 11, 10],
        ...[9, 8, 7, 6, 5],
        ...[4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1.2, 0.9, 0],
      ]);
      expect(cuts[0]?.start).toBe(addDays(START, 42));
      expect(cuts[0]?.doses[0]?.times.map((t) => t.mg)).toEqual([9.4, 9.3, 9.3]);
      expect(codes(plan)).not.toContain('too_fast');
      expect(plan.adjustments).toContainEqual({ code: 'cut_capped', steps: [33, 34] });
    });
  });

  it('never rounds diazepam up: with tablets that cannot make 2.5 mg at each swap it measures diazepam as its liquid', () => {
    const plan = must(
      planTaper({
        ...base,
        currentDoseMg: 1.5,
        doseTimes: THREE_TIMES,
        strategy: crossover(10, { diazepamForm: 'tablet' }),
      }),
    );
    expect(plan.adjustments).toContainEqual({
      code: 'form_switch',
      steps: [0],
      medicationId: 'diazepam',
      form: 'liquid',
      homeMixture: false,
    });
    const stages = plan.steps.filter((s: PlanStep) => s.kind === 'substitute');
    for (const s of stages) expect(s.doseMg).toBeLessThanOrEqual(15);
  });

  it('rounds down within 10 % and shows it: clonazepam 0.75 mg at 10 mg per mg with diazepam tablets', () => {
    const plan = must(planTaper({ ...base, currentDoseMg: 0.75, strategy: crossover(10, { diazepamForm: 'tablet' }) }));
    // 0.25 mg swapped = 2.5 mg diazepam, made as 2 mg; then 0.5 mg more = 5 mg: 7 mg for 7.5 (-6.67 %).
    expect(plan.steps[0]).toMatchObject({
      kind: 'substitute',
      doseMg: 7,
      equivalence: { exactMg: 7.5, changePercent: -6.67 },
    });
    expect(plan.adjustments).toContainEqual({ code: 'diazepam_rounded_down', steps: [0, 1] });
  });
});

describe('item 4: each dose-time is monotone', () => {
  it('cuts diazepam three times a day without moving medicine between dose-times (the earlier 5/0/0 -> 0/2/2)', () => {
    const plan = must(
      planTaper({
        ...base,
        currentDoseMg: 1.5,
        doseTimes: THREE_TIMES,
        strategy: crossover(20, { diazepamForm: 'tablet' }),
      }),
    );
    const perTime = plan.steps.map((s) => s.doses[s.doses.length - 1]?.times.map((t) => t.mg) ?? []);
    for (let i = 7; i < perTime.length; i++)
      (perTime[i] ?? []).forEach((mg, k) => expect(mg).toBeLessThanOrEqual(perTime[i - 1]?.[k] ?? 0));
  });
});

describe('item 5: diazepam tails are measurable', () => {
  it('below 5 mg cuts 0.5-1 mg, with the liquid where tablets cannot: never 5 -> 4 -> 2 -> 0', () => {
    const plan = must(planTaper({ ...base, currentDoseMg: 0.75, strategy: crossover(10, { diazepamForm: 'tablet' }) }));
    expect(doses(plan).slice(2)).toEqual([6, 5, 4, 3.5, 3, 2.5, 2, 1.5, 1.2, 0.9, 0]);
    expect(plan.steps[5]?.doses[0]?.realisation).toMatchObject({ method: 'liquid', takeMl: 3.5 });
  });

  it.each([
    [30, 2, 4],
    [15, 1, 2],
    [8, 1, 1],
    [4, 0.5, 1],
    [20, 1, 2],
    [10, 1, 1],
    [5, 0.5, 1],
  ])('the rate table at %s mg/day: cut %s mg (lower) or %s mg (upper)', (dose, lower, upper) => {
    expect([diazepamCutMg(dose, 'lower'), diazepamCutMg(dose, 'upper')]).toEqual([lower, upper]);
  });
});

describe('proportional plans (clinical.md §3.2)', () => {
  it('clonazepam drops (0.1 mg a drop) keep 10 % while drops can, then a water mixture below 0.2 mg', () => {
    const plan = must(planTaper({ ...base, currentDoseMg: 2, form: 'drops', strategy: TEN_PERCENT }));
    expect(doses(plan).slice(0, 6)).toEqual([1.8, 1.7, 1.6, 1.5, 1.4, 1.3]);
    expect(plan.steps[3]?.doses[0]?.realisation).toMatchObject({ method: 'drops', drops: 15, errorMg: 0 });
    const switched = plan.adjustments.find((a) => a.code === 'form_switch');
    expect(plan.steps[switched?.steps[0] ?? 0]?.doses[0]?.realisation.method).toBe('water-titration');
  });

  it('maintains at an end-point', () => {
    const plan = must(planTaper({ ...base, currentDoseMg: 2, endpointMg: 1, form: 'drops', strategy: TEN_PERCENT }));
    expect(doses(plan)).toEqual([1.8, 1.7, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1]);
    expect(plan.steps[8]).toMatchObject({ kind: 'maintain', end: null, days: null });
    expect(codes(plan)).not.toContain('final_step');
  });
});

describe('guardrails and refusals', () => {
  it('asks for a specialist first when clonazepam is taken for epilepsy', () => {
    expect(codes(must(planTaper({ ...base, indication: 'epilepsy', strategy: TEN_PERCENT })))).toContain(
      'specialist_first',
    );
    expect(codes(must(planTaper({ ...base, indication: 'anxiety', strategy: TEN_PERCENT })))).not.toContain(
      'specialist_first',
    );
  });

  it("explains a home mixture, not diazepam's licensed liquid", () => {
    expect(codes(must(planTaper({ ...base, form: 'liquid', strategy: TEN_PERCENT })))).toContain('home_mixture');
    const diazepam = must(
      planTaper({ ...base, medicationId: 'diazepam', currentDoseMg: 10, form: 'liquid', strategy: TEN_PERCENT }),
    );
    expect(codes(diazepam)).not.toContain('home_mixture');
  });

  it('flags a custom increase, and refuses a custom plan that stops and starts again', () => {
    const plan = must(
      planTaper({
        ...base,
        endpointMg: 0.75,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 0.75, days: 14 },
            { doseMg: 1, days: 14 },
            { doseMg: 0.75, days: 14 },
          ],
        },
      }),
    );
    expect(flagged(plan, 'increase')?.steps).toEqual([1]);
    expect(
      planTaper({
        ...base,
        currentDoseMg: 0.05,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 0, days: 7 },
            { doseMg: 0.05, days: 7 },
            { doseMg: 0, days: 1 },
          ],
        },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_plan', field: 'strategy.steps.0.doseMg' },
    });
  });

  it('measures a custom step another way when the form cannot make it, never as nothing', () => {
    const plan = must(
      planTaper({
        ...base,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 0.9, days: 14 },
            { doseMg: 0.8, days: 14 },
            { doseMg: 0.75, days: 14 },
          ],
        },
        endpointMg: 0.75,
      }),
    );
    expect(plan.steps.map((s) => s.doses[0]?.realisation.method)).toEqual([
      'water-titration',
      'water-titration',
      'tablets',
    ]);
    expect(
      planTaper({
        ...base,
        medicationId: 'chlordiazepoxide',
        form: 'capsule',
        currentDoseMg: 25,
        strategy: {
          kind: 'custom',
          steps: [
            { doseMg: 22.5, days: 14 },
            { doseMg: 20, days: 14 },
          ],
        },
        endpointMg: 20,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unmeasurable_dose', field: 'strategy.steps.0.doseMg' },
    });
  });

  it('refuses an unknown medication, an end-point at or above the dose, a form that does not exist, and bad shares', () => {
    expect(planTaper({ ...base, medicationId: 'bromazepam', strategy: TEN_PERCENT })).toMatchObject({
      ok: false,
      error: { code: 'unknown_medication', field: 'medicationId' },
    });
    expect(planTaper({ ...base, endpointMg: 1, strategy: TEN_PERCENT })).toMatchObject({
      ok: false,
      error: { code: 'invalid_plan', field: 'endpointMg' },
    });
    // A maintenance dose no tablet makes is measured another way, and said so; one nothing can make is refused.
    const stay = must(planTaper({ ...base, endpointMg: 0.3, strategy: TEN_PERCENT }));
    expect(stay.steps[stay.steps.length - 1]).toMatchObject({ kind: 'maintain', doseMg: 0.3 });
    expect(stay.steps[stay.steps.length - 1]?.doses[0]?.realisation.method).toBe('water-titration');
    expect(
      planTaper({
        ...base,
        medicationId: 'chlordiazepoxide',
        form: 'capsule',
        currentDoseMg: 25,
        endpointMg: 7.5,
        strategy: TEN_PERCENT,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_plan', field: 'endpointMg' },
    });
    expect(planTaper({ ...base, form: 'capsule', strategy: TEN_PERCENT })).toMatchObject({
      ok: false,
      error: { code: 'form_unavailable', field: 'form' },
    });
    expect(planTaper({ ...base, doseTimes: [{ label: 'a', share: 0.5 }], strategy: TEN_PERCENT })).toMatchObject({
      ok: false,
      error: { code: 'invalid_plan', field: 'doseTimes' },
    });
    expect(planTaper({ ...base, medicationId: 'diazepam', currentDoseMg: 10, strategy: crossover(1) })).toMatchObject({
      ok: false,
    });
  });

  it('refuses a plan longer than ten years', () => {
    expect(
      planTaper({
        ...base,
        form: 'liquid',
        syringeMl: 0.01,
        floorMg: 0.001,
        strategy: { kind: 'proportional', percent: 1, intervalDays: 56 },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'plan_too_long' },
    });
  });

  it('flags a dose-time measured more than 2 % off even when the day as a whole is close', () => {
    const plan = must(
      planTaper({
        ...base,
        currentDoseMg: 0.5,
        form: 'liquid',
        syringeMl: 0.5,
        mixVolumeMl: 100,
        doseTimes: [
          { label: 'morning', share: 0.25 },
          { label: 'night', share: 0.75 },
        ],
        strategy: TEN_PERCENT,
      }),
    );
    const imprecise = flagged(plan, 'imprecise_measure')?.steps ?? [];
    expect(imprecise.length).toBeGreaterThan(0);
    const step = plan.steps[imprecise[0] ?? 0];
    expect(step?.doses[0]?.times.some((t) => Math.abs(t.realisation.errorPercent) > 2)).toBe(true);
  });
});

describe('holds', () => {
  it('ignores a hold on the final step, which lasts anyway', () => {
    const input: PlanInput = { ...base, strategy: TEN_PERCENT };
    const plan = must(planTaper(input));
    expect(
      must(
        planTaper(input, {
          holds: [{ stepIndex: plan.steps.length - 1, days: 7, reason: 'x', createdAt: '2027-01-01T00:00:00Z' }],
        }),
      ),
    ).toEqual(plan);
  });

  it('adds two holds on the same step', () => {
    const hold = { stepIndex: 1, days: 7, reason: 'x', createdAt: '2027-01-01T00:00:00Z' };
    expect(must(planTaper({ ...base, strategy: TEN_PERCENT }, { holds: [hold, hold] })).steps[1]).toMatchObject({
      holdDays: 14,
      days: 28,
    });
  });
});
