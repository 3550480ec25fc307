import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date.js';
import { assessAdherence, plannedDosesOn, type Intake } from './adherence.js';
import { dropsPlan } from './plan/__fixtures__/drops-plan.js';
import { fixturePlan } from './plan/__fixtures__/plan-input.js';
import { planTaper } from './plan/plan-taper.js';
import type { Plan } from './plan/plan-types.js';

const plan = dropsPlan('2026-11-01', 14);

const intake = (date: string, mg: number, id = `${date}-${mg}`, medicationId: string | null = null): Intake => ({
  id,
  date,
  takenAt: `${date}T08:00:00.000Z`,
  medicationId,
  doseMicrograms: Math.round(mg * 1000),
  form: null,
  note: '',
});

/** Clonazepam 0.5 mg three times a day switching to diazepam at 20 mg per mg from 2026-11-01: stage 1 is 1.25 mg + 5 mg. */
function switchPlan(): Plan {
  const result = planTaper({
    medicationId: 'clonazepam',
    form: 'tablet',
    currentDoseMg: 1.5,
    startDate: '2026-11-01',
    strategy: {
      kind: 'crossover',
      diazepamMgPerMg: 20,
      stageDays: 7,
      intervalDays: 14,
      cutSize: 'lower',
      diazepamForm: 'liquid',
    },
    endpointMg: 0,
    doseTimes: [
      { label: 'morning', share: 1 / 3 },
      { label: 'midday', share: 1 / 3 },
      { label: 'night', share: 1 / 3 },
    ],
    takenDailyOver4Weeks: true,
    syringeMl: 0.1,
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const statuses = (result: ReturnType<typeof assessAdherence>) => result.days.map((d) => [d.date, d.status]);

describe('adherence', () => {
  it('reads the planned amount of each medicine of the step in effect', () => {
    expect([...plannedDosesOn(plan, '2026-10-31')]).toEqual([]);
    expect([...plannedDosesOn(plan, '2026-11-01')]).toEqual([['clonazepam', 900]]);
    expect([...plannedDosesOn(switchPlan(), '2026-11-01')]).toEqual([
      ['clonazepam', 1250],
      ['diazepam', 5000],
    ]);
  });

  it('labels each day without blame: as planned, less, much less, more, missed, not recorded, no plan', () => {
    const result = assessAdherence(
      plan,
      [
        intake('2026-11-02', 0.9),
        intake('2026-11-03', 0.5),
        intake('2026-11-04', 0.5),
        intake('2026-11-04', 0.5, 'second'),
        intake('2026-11-06', 0.4),
        intake('2026-10-31', 1),
      ],
      { from: '2026-10-30', to: '2026-11-07', recordedSince: '2026-10-31' },
    );
    expect(statuses(result)).toEqual([
      ['2026-10-30', 'no-plan'],
      ['2026-10-31', 'no-plan'],
      ['2026-11-01', 'missed'],
      ['2026-11-02', 'as-planned'],
      ['2026-11-03', 'less'],
      ['2026-11-04', 'more'],
      ['2026-11-05', 'missed'],
      ['2026-11-06', 'much-less'],
      ['2026-11-07', 'missed'],
    ]);
    expect(result.days[5]).toMatchObject({
      intakes: 2,
      source: 'dose-log',
      medicines: [{ medicationId: 'clonazepam', takenMg: 1, plannedMg: 0.9, status: 'more' }],
    });
    expect(result.days[1]?.medicines).toEqual([
      { medicationId: 'clonazepam', plannedMg: null, takenMg: 1, status: 'no-plan' },
    ]);
  });

  it('flags far less than planned (under half) as a risk at once, not only as "less"', () => {
    const { risks } = assessAdherence(
      plan,
      [intake('2026-11-01', 0.9), intake('2026-11-02', 0.44), intake('2026-11-03', 0.45)],
      {
        from: '2026-11-01',
        to: '2026-11-03',
        recordedSince: '2026-11-01',
      },
    );
    expect(risks).toEqual([{ code: 'far_below_plan', from: '2026-11-02', to: '2026-11-02', days: 1 }]);
  });

  it('never raises a risk for a day that is not over yet', () => {
    const partial = assessAdherence(plan, [intake('2026-11-01', 0.9), intake('2026-11-02', 0.3)], {
      from: '2026-11-01',
      to: '2026-11-02',
      recordedSince: '2026-11-01',
      openFrom: '2026-11-02',
    });
    expect(partial.days[1]?.status).toBe('much-less');
    expect(partial.risks).toEqual([]);
    const closed = assessAdherence(plan, [intake('2026-11-01', 0.9), intake('2026-11-02', 0.3)], {
      from: '2026-11-01',
      to: '2026-11-02',
      recordedSince: '2026-11-01',
      openFrom: '2026-11-03',
    });
    expect(closed.risks.map((r) => r.code)).toEqual(['far_below_plan']);
  });

  it('counts days before the first logged dose as not recorded, not missed', () => {
    const { days, risks } = assessAdherence(plan, [intake('2026-11-05', 0.9)], {
      from: '2026-11-01',
      to: '2026-11-05',
      recordedSince: '2026-11-05',
    });
    expect(days.slice(0, 4).every((d) => d.status === 'not-recorded')).toBe(true);
    expect(risks).toEqual([]);
  });

  it('flags two or more missed planned days in a row as a risk', () => {
    const { risks } = assessAdherence(plan, [intake('2026-11-01', 0.9), intake('2026-11-04', 0.9)], {
      from: '2026-11-01',
      to: '2026-11-08',
      recordedSince: '2026-11-01',
    });
    expect(risks).toEqual([
      { code: 'missed_days', from: '2026-11-02', to: '2026-11-03', days: 2 },
      { code: 'missed_days', from: '2026-11-05', to: '2026-11-08', days: 4 },
    ]);
  });

  it('takes the dose written in a check-in as the day’s record: a check-in with the planned dose is never "missed"', () => {
    const checkins = new Map([
      ['2026-11-02', 900],
      ['2026-11-03', 900],
      ['2026-11-04', 300],
    ]);
    const result = assessAdherence(
      plan,
      [intake('2026-11-01', 0.9)],
      { from: '2026-11-01', to: '2026-11-05', recordedSince: '2026-11-01' },
      checkins,
    );
    expect(statuses(result).map(([, s]) => s)).toEqual([
      'as-planned',
      'as-planned',
      'as-planned',
      'much-less',
      'missed',
    ]);
    expect(result.days[1]?.source).toBe('check-in');
    expect(result.risks.map((r) => r.code)).toEqual(['far_below_plan']);
  });

  it('compares each medicine of a switch with its own plan, never adding mg of two drugs', () => {
    const plan = switchPlan();
    const result = assessAdherence(
      plan,
      [
        intake('2026-11-01', 1.25, 'a', 'clonazepam'),
        intake('2026-11-01', 5, 'b', 'diazepam'),
        // The earlier bug: one 40 mg "dose" for the whole day. Now it is read as far more clonazepam than planned.
        intake('2026-11-02', 1.25, 'c', 'clonazepam'),
        intake('2026-11-03', 5, 'd', 'diazepam'),
      ],
      { from: '2026-11-01', to: '2026-11-03', recordedSince: '2026-11-01' },
    );
    expect(result.days.map((d) => d.medicines.map((m) => [m.medicationId, m.takenMg, m.plannedMg, m.status]))).toEqual([
      [
        ['clonazepam', 1.25, 1.25, 'as-planned'],
        ['diazepam', 5, 5, 'as-planned'],
      ],
      [
        ['clonazepam', 1.25, 1.25, 'as-planned'],
        ['diazepam', 0, 5, 'much-less'],
      ],
      [
        ['clonazepam', 0, 1.25, 'much-less'],
        ['diazepam', 5, 5, 'as-planned'],
      ],
    ]);
    expect(statuses(result).map(([, s]) => s)).toEqual(['as-planned', 'much-less', 'much-less']);
    // A single number in a check-in can't be split between two medicines: recorded, not judged.
    const checkinOnly = assessAdherence(
      plan,
      [],
      { from: '2026-11-04', to: '2026-11-04', recordedSince: '2026-11-01' },
      new Map([['2026-11-04', 6250]]),
    );
    expect(checkinOnly.days[0]).toMatchObject({ status: 'not-recorded', source: 'check-in' });
  });

  it('without a plan, every day is "no plan" and nothing is flagged', () => {
    const result = assessAdherence(undefined, [], { from: '2026-11-01', to: '2026-11-03', recordedSince: null });
    expect(result.days.map((d) => d.status)).toEqual(['no-plan', 'no-plan', 'no-plan']);
    expect(result.risks).toEqual([]);
  });
});

describe('adherence properties', () => {
  const switching = switchPlan();
  const intakesArb = fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 20 }),
      medicationId: fc.constantFrom<string | null>('clonazepam', 'diazepam', null),
      ug: fc.integer({ min: 1, max: 20_000 }),
    }),
    { maxLength: 30 },
  );

  test.prop([intakesArb])(
    'each medicine’s taken amount is the sum of its own intakes; far below half is a risk',
    (raw) => {
      const intakes = raw.map((r, i): Intake => ({
        ...intake(addDays('2026-11-01', r.day), r.ug / 1000, `i${String(i)}`, r.medicationId),
        doseMicrograms: r.ug,
      }));
      const result = assessAdherence(switching, intakes, {
        from: '2026-11-01',
        to: '2026-11-21',
        recordedSince: '2026-11-01',
      });
      for (const day of result.days) {
        const own = intakes.filter((i) => i.date === day.date);
        const planned = plannedDosesOn(switching, day.date);
        const onlyOne = [...planned.values()].filter((ug) => ug > 0).length === 1;
        const soleId = [...planned.entries()].find(([, ug]) => ug > 0)?.[0];
        for (const m of day.medicines) {
          const expected = own
            .filter((i) => (i.medicationId ?? (onlyOne ? soleId : switching.medicationId)) === m.medicationId)
            .reduce((a, i) => a + i.doseMicrograms, 0);
          expect(Math.round(m.takenMg * 1000)).toBe(expected);
          const plannedUg = planned.get(m.medicationId) ?? 0;
          if (own.length > 0 && plannedUg > 0) expect(m.status === 'much-less').toBe(expected < plannedUg / 2);
        }
        if (day.status === 'much-less')
          expect(result.risks.some((r) => r.code === 'far_below_plan' && r.from <= day.date && day.date <= r.to)).toBe(
            true,
          );
      }
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 10 })])(
    'a day whose check-in has the planned dose is never missed',
    (days) => {
      const checkins = new Map(
        days.map((d) => [
          addDays('2026-11-01', d),
          Math.round(plannedDosesOn(plan, addDays('2026-11-01', d)).get('clonazepam') ?? 0),
        ]),
      );
      const result = assessAdherence(
        plan,
        [],
        { from: '2026-11-01', to: '2026-12-01', recordedSince: '2026-11-01' },
        checkins,
      );
      for (const day of result.days) if (checkins.has(day.date)) expect(day.status).toBe('as-planned');
      for (const risk of result.risks)
        for (const d of days)
          expect(addDays('2026-11-01', d) < risk.from || addDays('2026-11-01', d) > risk.to).toBe(true);
    },
  );
});

describe('adherence does work for the days asked, not the plan’s length (issue #9)', () => {
  /** Diazepam 40 mg, 2 % a week: about 200 steps over four years. */
  const long = fixturePlan({
    medicationId: 'diazepam',
    form: 'liquid',
    currentDoseMg: 40,
    startDate: '2026-01-05',
    strategy: { kind: 'proportional', percent: 2, intervalDays: 7 },
  });

  it('two weeks near the end of a long plan read a few steps, not all of them', () => {
    expect(long.steps.length).toBeGreaterThan(150);
    let reads = 0;
    const counted = new Proxy(long.steps, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const from = long.steps[long.steps.length - 3]?.start ?? '';
    const result = assessAdherence({ ...long, steps: counted }, [], {
      from,
      to: addDays(from, 13),
      recordedSince: null,
    });
    expect(result.days).toHaveLength(14);
    // Bisection (about log2 of the steps) plus one walk forward per day and step passed.
    expect(reads).toBeLessThan(4 * 14 + 2 * Math.ceil(Math.log2(long.steps.length)));
  });

  test.prop([fc.integer({ min: -30, max: 1600 }), fc.integer({ min: 1, max: 60 })])(
    'each day’s planned amount is the step in effect that day',
    (offset, span) => {
      const from = addDays('2026-01-05', offset);
      const result = assessAdherence(long, [], { from, to: addDays(from, span - 1), recordedSince: null });
      for (const day of result.days) {
        const planned = plannedDosesOn(long, day.date).get('diazepam');
        expect(day.medicines.find((m) => m.medicationId === 'diazepam')?.plannedMg ?? null).toBe(
          planned === undefined ? null : planned / 1000,
        );
      }
    },
  );
});
