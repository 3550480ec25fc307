import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-date.js';
import type { RollingPoint } from './burden.js';
import { rollingColumns, rollingPointsOf } from './rolling-columns.js';

describe('rolling series as columns', () => {
  it('gives a series of no day no first date', () => {
    expect(rollingColumns([])).toEqual({ from: null, mean: [], days: [] });
    expect(rollingPointsOf({ from: null, mean: [], days: [] })).toEqual([]);
  });

  it('lays a missing day between two points as a day without a value', () => {
    const columns = rollingColumns([
      { date: '2026-02-27', mean: 1.5, days: 7 },
      { date: '2026-03-02', mean: 2, days: 6 },
    ]);
    expect(columns).toEqual({ from: '2026-02-27', mean: [1.5, null, null, 2], days: [7, 0, 0, 6] });
    expect(rollingPointsOf(columns).map((p) => p.date)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('gives back the very points of consecutive days (property)', () => {
    const point = fc.record({
      mean: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
      days: fc.integer({ min: 0, max: 7 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.array(point, { maxLength: 60 }), (offset, values) => {
        const from = addDays('2020-01-01', offset);
        const points: RollingPoint[] = values.map((v, i) => ({ date: addDays(from, i), ...v }));
        expect(rollingPointsOf(rollingColumns(points))).toEqual(points);
      }),
    );
  });
});
