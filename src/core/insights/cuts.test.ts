import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-date.js';
import { burdenSeries } from './burden.js';
import { followCuts, preCutBaseline } from './cuts.js';
import type { BurdenDay, DoseChange, RatedDay } from './types.js';

const START = '2027-01-04';
const SYMPTOMS = 10;
const UNIT = 100 / (3 * SYMPTOMS);

/** A day whose severities over ten symptoms add up to `units` (0-30), so its burden is units × 10/3. */
function dayOf(date: string, units: number): RatedDay {
  const severities = Array.from({ length: SYMPTOMS }, (_, i) => ({
    symptomId: `s${i}`,
    severity: Math.max(0, Math.min(3, units - 3 * i)) as 0 | 1 | 2 | 3,
  }));
  return { date, severities };
}

interface Person {
  readonly peakDay: number;
  readonly slope: number;
  readonly baseline: number;
  readonly cuts: number;
  readonly intervalDays: number;
  /** One of -1, 0, 1 units per day, cycled. */
  readonly noise: readonly number[];
}

/** A person whose burden climbs `slope` units a day from day 1 to `peakDay`, then falls as fast, after each cut. */
function synthetic(p: Person): { cuts: DoseChange[]; records: RatedDay[] } {
  const first = addDays(START, 14);
  const cuts = Array.from({ length: p.cuts }, (_, i) => ({
    date: addDays(first, i * p.intervalDays),
    fromMg: 1 - i * 0.1,
    toMg: 0.9 - i * 0.1,
    stepIndex: i,
  }));
  const days = 14 + p.cuts * p.intervalDays;
  const records = Array.from({ length: days }, (_, n) => {
    const sinceCut = n - 14;
    const day = sinceCut < 0 ? 0 : (sinceCut % p.intervalDays) + 1;
    const bump = day === 0 ? 0 : Math.max(0, p.slope * (p.peakDay - Math.abs(day - p.peakDay)));
    return dayOf(addDays(START, n), p.baseline + bump + (p.noise[n % p.noise.length] ?? 0));
  });
  return { cuts, records };
}

const cut = (date: string): DoseChange => ({ date, fromMg: 1, toMg: 0.9, stepIndex: 0 });
const series = (from: string, values: readonly number[]): BurdenDay[] =>
  values.map((burden, i) => ({ date: addDays(from, i), burden }));

describe('followCuts', () => {
  it('finds baseline, peak, height and the first sustained return for one cut', () => {
    // 14 days at 20 before; after: 30, 40, 60 (day 3), 50, 40, 26, 22, 20, 20, 20 …
    const after = [30, 40, 60, 50, 40, 26, 22, 20, 20, 20, 20, 20, 20, 20];
    const burden = series(START, [...Array<number>(14).fill(20), ...after]);
    const result = followCuts([cut(addDays(START, 14))], burden);
    expect(result.cuts).toEqual([
      {
        date: addDays(START, 14),
        fromMg: 1,
        toMg: 0.9,
        baseline: 20,
        peakDay: 3,
        peak: 40,
        settledDay: 7,
        tolerance: 5,
        checkinsBefore: 14,
        checkinsAfter: 14,
      },
    ]);
    expect(result.summary).toBeNull();
    expect(result.aligned[3]).toEqual({ day: 3, median: 60, q1: 60, q3: 60, cuts: 1 });
  });

  it('keeps settledDay null while the burden has not come back for three days in a row', () => {
    const after = [30, 60, 20, 20, 40, 20, 20, 40, 30, 30];
    const result = followCuts([cut(addDays(START, 14))], series(START, [...Array<number>(14).fill(20), ...after]));
    expect(result.cuts[0]).toMatchObject({ peakDay: 2, settledDay: null });
  });

  it('says "not enough data" by leaving out cuts with fewer than 7 check-ins before or after', () => {
    const sparse = series(START, Array<number>(28).fill(10)).filter((_, i) => i % 3 === 0 || i >= 14);
    const result = followCuts([cut(addDays(START, 14)), cut(addDays(START, 60))], sparse);
    expect(result).toMatchObject({ cuts: [], summary: null, cutsWithoutEnoughData: 1 });
    expect(result.aligned.every((d) => d.cuts === 0 && d.median === null)).toBe(true);
  });

  it('stops looking for the peak at the next cut', () => {
    const burden = series(START, [...Array<number>(14).fill(10), 10, 20, 15, 12, 10, 10, 10, 10, 90, 90]);
    const result = followCuts([cut(addDays(START, 14)), cut(addDays(START, 22))], burden);
    expect(result.cuts[0]).toMatchObject({ peakDay: 2, peak: 10 });
  });

  it('summarises two or more cuts with medians, and reads the pre-cut baseline', () => {
    const { cuts, records } = synthetic({ peakDay: 6, slope: 2, baseline: 3, cuts: 5, intervalDays: 28, noise: [0] });
    const burden = burdenSeries(records);
    const result = followCuts(cuts, burden);
    expect(result.summary).toEqual({ peakDay: 6, settledDay: 12, cutsUsed: 5, settledCuts: 5 });
    expect(result.aligned[6]).toMatchObject({ median: 15 * UNIT, cuts: 5 });
    expect(preCutBaseline(cuts[0]?.date ?? '', burden)).toBeCloseTo(3 * UNIT, 9);
  });
});

describe('followCuts: properties', () => {
  const personArb = fc.record({
    peakDay: fc.integer({ min: 2, max: 10 }),
    slope: fc.constant(2),
    baseline: fc.integer({ min: 1, max: 4 }),
    cuts: fc.integer({ min: 2, max: 6 }),
    intervalDays: fc.integer({ min: 24, max: 42 }),
    noise: fc.array(fc.constantFrom(-1, 0, 1), { minLength: 1, maxLength: 40 }),
  });

  test.prop([personArb])(
    'a person whose symptoms peak k days after each cut, with bounded noise, has k recovered within a day',
    (person) => {
      const { cuts, records } = synthetic(person);
      const result = followCuts(cuts, burdenSeries(records));
      expect(result.summary?.cutsUsed).toBe(person.cuts);
      for (const response of result.cuts) expect(Math.abs(response.peakDay - person.peakDay)).toBeLessThanOrEqual(1);
      expect(Math.abs((result.summary?.peakDay ?? 0) - person.peakDay)).toBeLessThanOrEqual(1);
    },
  );

  test.prop([personArb.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(synthetic(p).records)))])(
    'do not depend on the order records and cuts arrive',
    ([person, subset]) => {
      const { cuts } = synthetic(person);
      const shuffled = burdenSeries(subset);
      expect(followCuts([...cuts].reverse(), [...shuffled].reverse())).toEqual(followCuts(cuts, shuffled));
    },
  );
});
