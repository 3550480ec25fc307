import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-date.js';
import { fixtureInput, fixturePlan } from '../plan/__fixtures__/plan-input.js';
import { planTaper } from '../plan/plan-taper.js';
import type { Plan, PlanInput } from '../plan/plan-types.js';
import { doseChanges } from './dose-changes.js';
import { halfLifeClass, phaseWindowsFor } from './phase-windows.js';
import { whereAmI } from './phase.js';
import { findMedication } from '../medications/registry.js';

const START = '2027-01-04';
/** Clonazepam drops, 10 % every 6 weeks: 1 → 0.9 on the start, 0.9 → 0.8 on day 43. */
const CLONAZEPAM: PlanInput = fixtureInput({
  medicationId: 'clonazepam',
  form: 'drops',
  currentDoseMg: 1,
  startDate: START,
  strategy: { kind: 'proportional', percent: 10, intervalDays: 42 },
});
const plan = fixturePlan(CLONAZEPAM);
/** Day n of the first step (day 1 = the start). */
const day = (n: number) => addDays(START, n - 1);

function withHold(days: number): Plan {
  const result = planTaper(CLONAZEPAM, {
    holds: [{ stepIndex: 0, days, reason: 'a hard week', createdAt: '2027-01-20T09:00:00Z' }],
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('whereAmI: the clonazepam windows (onset 1-4, peak 5-14, easing 15-28, then steady)', () => {
  it.each([
    [1, 'onset'],
    [4, 'onset'],
    [5, 'peak'],
    [14, 'peak'],
    [15, 'easing'],
    [28, 'easing'],
    [29, 'steady'],
    [42, 'steady'],
  ] as const)('day %i is %s', (n, phase) => {
    const where = whereAmI({ plan, date: day(n) });
    expect(where).toMatchObject({ phase, day: n, change: { date: START, fromMg: 1, toMg: 0.9, dateFrom: 'plan' } });
    expect(where.typical).toMatchObject({ code: phase, windows: { onset: [1, 4], basis: 'medication' } });
    expect(where.typical.longActing).toMatchObject({ onsetDays: [3, 7], appearWithinDays: 7 });
    expect(where.typical.sources).toContain('seed');
  });

  it('starts again at day 1 with the next cut', () => {
    expect(whereAmI({ plan, date: day(43) })).toMatchObject({
      phase: 'onset',
      day: 1,
      change: { date: day(43), fromMg: 0.9, toMg: 0.8 },
    });
  });

  it('says when the plan has not started, and when there is none', () => {
    expect(whereAmI({ plan, date: day(0) })).toEqual({
      phase: 'not-started',
      day: null,
      change: null,
      typical: { code: 'not-started', windows: null, longActing: null, sources: [] },
    });
    expect(whereAmI({ plan: null, date: START })).toMatchObject({ phase: 'no-plan', day: null, change: null });
  });
});

describe('whereAmI with holds', () => {
  it('keeps counting from the last change while a hold lengthens the step, and moves the next cut', () => {
    const held = withHold(14);
    expect(whereAmI({ plan: held, date: day(50) })).toMatchObject({ phase: 'steady', day: 50 });
    expect(whereAmI({ plan: held, date: day(56) })).toMatchObject({ phase: 'steady', day: 56 });
    expect(whereAmI({ plan: held, date: day(57) })).toMatchObject({ phase: 'onset', day: 1, change: { toMg: 0.8 } });
  });
});

describe('whereAmI after the last dose', () => {
  // Diazepam 2 mg: 1.5, 1, 0.5 mg every 28 days, then stop (from 0.5 mg, under the 1 mg final-stop limit).
  const stopping = fixturePlan({
    medicationId: 'diazepam',
    form: 'liquid',
    currentDoseMg: 2,
    startDate: START,
    strategy: {
      kind: 'custom',
      steps: [...[1.5, 1.2, 1, 0.8, 0.6, 0.5].map((doseMg) => ({ doseMg, days: 28 })), { doseMg: 0, days: 1 }],
    },
  });
  const stop = doseChanges(stopping).at(-1);
  if (!stop) throw new Error('no stop');
  const after = (n: number) => addDays(stop.date, n - 1);

  it('uses the long half-life windows for diazepam (onset to day 7), then says so past four weeks', () => {
    expect(whereAmI({ plan: stopping, date: after(7) })).toMatchObject({
      phase: 'stopped',
      day: 7,
      change: { fromMg: 0.5, toMg: 0 },
      typical: { code: 'after-stop-onset', windows: { onset: [1, 7], basis: 'half-life-class' } },
    });
    expect(whereAmI({ plan: stopping, date: after(8) }).typical.code).toBe('after-stop-peak');
    expect(whereAmI({ plan: stopping, date: after(28) }).typical.code).toBe('after-stop-easing');
    const lasting = whereAmI({ plan: stopping, date: after(29) });
    expect(lasting).toMatchObject({ phase: 'stopped', day: 29, typical: { code: 'after-stop-lasting' } });
    expect(lasting.typical.sources).toEqual(['jcpg-2025', 'racgp', 'ashton-manual']);
    expect(whereAmI({ plan: stopping, date: after(400) })).toMatchObject({ phase: 'stopped', day: 400 });
  });

  it('counts from the day after the last dose the log shows, when the person stopped later than planned', () => {
    const doses = [after(1), after(2)].map((date) => ({ date, medicationId: 'diazepam', doseMicrograms: 500 }));
    expect(whereAmI({ plan: stopping, doses, date: after(10) })).toMatchObject({
      phase: 'stopped',
      day: 8,
      change: { date: after(3), dateFrom: 'dose-log' },
    });
  });
});

describe('whereAmI when the plan is one stop', () => {
  // From a dose below the floor the planner's only step is the stop: it still counts as the change it is.
  const tiny = fixturePlan({
    ...CLONAZEPAM,
    form: 'tablet',
    currentDoseMg: 0.05,
    strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
  });

  it('counts the days after that stop, from the dose the plan started at', () => {
    expect(tiny.steps.map((s) => s.kind)).toEqual(['stop']);
    expect(whereAmI({ plan: tiny, date: day(3) })).toMatchObject({
      phase: 'stopped',
      day: 3,
      change: { fromMg: 0.05, toMg: 0 },
    });
  });
});

describe('whereAmI with the dose log', () => {
  const log = (date: string, mg: number) => ({ date, medicationId: 'clonazepam', doseMicrograms: mg * 1000 });

  it('takes day 1 from the first day logged at the new dose, when the old dose went on after the planned date', () => {
    const doses = [log(day(43), 0.9), log(day(44), 0.9), log(day(45), 0.8), log(day(46), 0.8)];
    expect(whereAmI({ plan, doses, date: day(46) })).toMatchObject({
      phase: 'onset',
      day: 2,
      change: { date: day(45), fromMg: 0.9, toMg: 0.8, dateFrom: 'dose-log' },
    });
  });

  it('stays with the earlier change while the log shows only the old dose since the planned date', () => {
    const doses = [log(day(43), 0.9), log(day(44), 0.9)];
    expect(whereAmI({ plan, doses, date: day(44) })).toMatchObject({ phase: 'steady', day: 44, change: { toMg: 0.9 } });
  });

  it('keeps the plan date when the new dose was logged on time or days went unlogged', () => {
    expect(whereAmI({ plan, doses: [log(day(45), 0.8)], date: day(45) })).toMatchObject({
      day: 3,
      change: { date: day(43), dateFrom: 'plan' },
    });
  });
});

describe('phase windows as data', () => {
  it('derives the class from the half-life: short below 24 h without a long-lived metabolite', () => {
    const classOf = (id: string) => {
      const medication = findMedication(id);
      if (!medication) throw new Error(id);
      return halfLifeClass(medication);
    };
    expect(['alprazolam', 'lorazepam', 'oxazepam', 'temazepam'].map(classOf)).toEqual([
      'short',
      'short',
      'short',
      'short',
    ]);
    expect(['clonazepam', 'diazepam', 'chlordiazepoxide', 'nitrazepam'].map(classOf)).toEqual([
      'long',
      'long',
      'long',
      'long',
    ]);
    expect(phaseWindowsFor('lorazepam')).toMatchObject({ onset: [1, 2], peak: [3, 14], easing: [15, 28] });
    expect(phaseWindowsFor('unknown-drug')).toMatchObject({ onset: [1, 7], halfLifeClass: 'long' });
  });
});
