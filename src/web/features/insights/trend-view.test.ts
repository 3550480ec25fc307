import { describe, expect, it } from 'vitest';
import { rollingColumns } from '../../../core/index.js';
import { trendsOf } from './test-insights.js';
import { burdenPoints, daysOf, doseMarks, rollingPoints, sleepPoints, topSymptoms } from './trend-view.js';

const TO = '2026-12-03';

describe('the trends laid out for the charts', () => {
  const trends = trendsOf(TO, 90);

  it('gives every day of the range a point, with null on a day without a check-in', () => {
    const points = burdenPoints(trends);
    expect(points).toHaveLength(90);
    expect(points.map((p) => p.date)).toEqual(daysOf(trends));
    expect(points[4]).toEqual({ date: '2026-09-09', value: null, mean: null });
    expect(points[5]?.value).toBe(trends.daily[4]?.burden);
  });

  it('averages sleep over the 7 days ending each night, over the nights recorded', () => {
    const sleep = sleepPoints(trends);
    expect(sleep[0]).toMatchObject({ value: 6, mean: 6 });
    expect(sleep[2]).toMatchObject({ value: 7, mean: 6.5 });
    expect(sleep[4]).toMatchObject({ value: null });
  });

  it('draws a symptom as a line of means alone', () => {
    const points = rollingPoints(trends, trends.symptoms['tinnitus'] ?? rollingColumns([]));
    expect(points.every((p) => p.value === null)).toBe(true);
    expect(points.filter((p) => p.mean !== null)).toHaveLength(trends.daily.length);
  });

  it('marks the cuts, the first day of each hold and each red-flag day once', () => {
    const year = trendsOf(TO, 365);
    const marks = doseMarks({ ...year, redFlags: [...year.redFlags, ...year.redFlags] });
    expect(marks.filter((m) => m.kind === 'cut')).toHaveLength(13);
    expect(marks.filter((m) => m.kind === 'hold')).toEqual([{ kind: 'hold', date: '2026-01-17' }]);
    expect(marks.filter((m) => m.kind === 'red-flag')).toEqual([{ kind: 'red-flag', date: '2026-01-16' }]);
  });

  it('puts first the symptoms that weighed most in the last two weeks', () => {
    expect(topSymptoms(trends)).toEqual(['muscle-jerks', 'anxiety', 'pins-and-needles']);
    expect(
      topSymptoms({ ...trends, symptoms: { tinnitus: rollingColumns([{ date: '2026-01-01', mean: 90, days: 7 }]) } }),
    ).toEqual([]);
  });
});
