import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-date.js';
import { ratedDaysArb, shuffledArb, SYMPTOM_IDS } from './__fixtures__/rated-days.js';
import { burdenSeries, dailyBurden, rollingMean, trends, type RollingPoint } from './burden.js';
import type { RatedDay } from './types.js';

const day = (date: string, ratings: Record<string, 0 | 1 | 2 | 3>): RatedDay => ({
  date,
  severities: Object.entries(ratings).map(([symptomId, severity]) => ({ symptomId, severity })),
});

describe('dailyBurden', () => {
  it('is the mean severity on 0-100, null when nothing was rated, and does not grow with more symptoms tracked', () => {
    expect(dailyBurden(day('2027-01-01', { tremor: 3 }))).toBe(100);
    expect(dailyBurden(day('2027-01-01', { tremor: 3, insomnia: 0 }))).toBe(50);
    expect(dailyBurden(day('2027-01-01', { tremor: 1, insomnia: 1, anxiety: 1, tinnitus: 1 }))).toBeCloseTo(33.33, 2);
    expect(dailyBurden(day('2027-01-01', {}))).toBeNull();
  });

  it('reads two records of one day as one, each symptom at the higher severity', () => {
    expect(
      burdenSeries([
        day('2027-01-02', { tremor: 1 }),
        day('2027-01-01', { tremor: 0 }),
        day('2027-01-02', { tremor: 3 }),
      ]),
    ).toEqual([
      { date: '2027-01-01', burden: 0 },
      { date: '2027-01-02', burden: 100 },
    ]);
  });
});

describe('rollingMean', () => {
  it('averages the days present in the 7 days ending on each calendar day, with their count', () => {
    const points = rollingMean([
      { date: '2027-01-01', burden: 60 },
      { date: '2027-01-03', burden: 30 },
      { date: '2027-01-09', burden: 0 },
    ]);
    expect(points.map((p) => [p.date, p.mean, p.days])).toEqual([
      ['2027-01-01', 60, 1],
      ['2027-01-02', 60, 1],
      ['2027-01-03', 45, 2],
      ['2027-01-04', 45, 2],
      ['2027-01-05', 45, 2],
      ['2027-01-06', 45, 2],
      ['2027-01-07', 45, 2],
      ['2027-01-08', 30, 1],
      ['2027-01-09', 15, 2],
    ]);
  });

  it('has no mean on the days of a gap longer than the window', () => {
    const points = rollingMean([
      { date: '2027-01-01', burden: 10 },
      { date: '2027-01-10', burden: 20 },
    ]);
    expect(points.find((p) => p.date === '2027-01-08')).toEqual({ date: '2027-01-08', mean: null, days: 0 });
  });
});

describe('trends', () => {
  it('rolls the burden, each symptom and each group (sensory, motor, sleep)', () => {
    const t = trends([
      day('2027-01-01', { 'pins-and-needles': 3, tinnitus: 0, tremor: 2, insomnia: 1 }),
      day('2027-01-02', { 'pins-and-needles': 0, tremor: 2 }),
    ]);
    expect(t.daily.map((d) => d.burden)).toEqual([50, (1 / 3) * 100]);
    expect(t.symptoms['pins-and-needles']?.map((p) => p.mean)).toEqual([100, 50]);
    expect(t.groups.sensory?.map((p) => p.mean)).toEqual([50, 25]);
    expect(t.groups.motor?.map((p) => p.mean)).toEqual([(2 / 3) * 100, (2 / 3) * 100]);
    expect(t.groups.sleep?.map((p) => [p.mean, p.days])).toEqual([[(1 / 3) * 100, 1]]);
    expect(Object.keys(t.groups)).toEqual(['motor', 'sensory', 'sleep']);
  });

  it('takes the group of the person’s own symptoms from the caller', () => {
    const t = trends([day('2027-01-01', { 'own-jaw-ache': 3 })], (id) => (id === 'own-jaw-ache' ? 'motor' : null));
    expect(t.groups.motor?.[0]?.mean).toBe(100);
  });
});

/** Every rolling mean of the trends, keyed by series and date, to compare two results. */
function means(t: ReturnType<typeof trends>): Map<string, number | null> {
  const all = new Map<string, number | null>();
  const add = (name: string, points: readonly RollingPoint[]) => {
    for (const p of points) all.set(`${name} ${p.date}`, p.mean);
  };
  add('burden', t.burden);
  for (const [id, points] of Object.entries(t.symptoms)) add(id, points);
  for (const [group, points] of Object.entries(t.groups)) add(group, points);
  return all;
}

describe('trends: properties', () => {
  test.prop([ratedDaysArb().chain((records) => fc.tuple(fc.constant(records), shuffledArb(records)))])(
    'do not depend on the order records arrive',
    ([records, shuffled]) => {
      expect(trends(shuffled)).toEqual(trends(records));
    },
  );

  test.prop([
    ratedDaysArb('2027-01-04', 60),
    fc.integer({ min: -10, max: 70 }),
    fc.subarray([...SYMPTOM_IDS], { minLength: 1 }),
  ])('adding a day where every severity is 0 never raises a burden', (records, offset, ids) => {
    const date = addDays('2027-01-04', offset);
    fc.pre(!records.some((r) => r.date === date));
    const before = means(trends(records));
    const added = trends([...records, { date, severities: ids.map((symptomId) => ({ symptomId, severity: 0 })) }]);
    const after = means(added);
    for (const [key, mean] of before) {
      const now = after.get(key);
      if (mean !== null && now !== null && now !== undefined) expect(now).toBeLessThanOrEqual(mean);
    }
    expect(added.daily.find((d) => d.date === date)?.burden).toBe(0);
  });
});
