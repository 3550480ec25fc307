import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { intakeTimings, ON_TIME_WINDOW_MINUTES } from './intake-timing.js';

const at = (h: number, m = 0) => h * 60 + m;

describe('intakeTimings', () => {
  it('compares the n-th dose of the day with the n-th dose time, within an hour either side as on time', () => {
    expect(intakeTimings([at(8, 10), at(22, 45)], [at(20), at(8)])).toEqual([
      { kind: 'on-time', doseTime: at(8), offset: 10 },
      { kind: 'late', doseTime: at(20), offset: 165 },
    ]);
  });

  it('keeps the order it was given, whatever the order of the times', () => {
    expect(intakeTimings([at(21), at(6)], [at(8), at(20)])).toEqual([
      { kind: 'on-time', doseTime: at(20), offset: 60 },
      { kind: 'early', doseTime: at(8), offset: -120 },
    ]);
  });

  it('treats the window edge as on time and one minute past it as early or late', () => {
    expect(intakeTimings([at(9)], [at(8)])[0]?.kind).toBe('on-time');
    expect(intakeTimings([at(9, 1)], [at(8)])[0]?.kind).toBe('late');
    expect(intakeTimings([at(6, 59)], [at(8)])[0]?.kind).toBe('early');
  });

  it('gives no timing without dose times, or for a dose beyond the day’s times', () => {
    expect(intakeTimings([at(8)], [])).toEqual([null]);
    expect(intakeTimings([at(8), at(9)], [at(8)])).toEqual([{ kind: 'on-time', doseTime: at(8), offset: 0 }, null]);
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: 1439 }), { maxLength: 8 }),
    fc.array(fc.integer({ min: 0, max: 1439 }), { maxLength: 6 }),
  ])('times min(intakes, times) doses, each offset measured from its own dose time', (taken, times) => {
    const timings = intakeTimings(taken, times);
    expect(timings).toHaveLength(taken.length);
    expect(timings.filter((t) => t !== null)).toHaveLength(Math.min(taken.length, times.length));
    timings.forEach((t, i) => {
      if (!t) return;
      expect(t.offset).toBe((taken[i] ?? 0) - t.doseTime);
      expect(t.kind === 'on-time').toBe(Math.abs(t.offset) <= ON_TIME_WINDOW_MINUTES);
    });
  });
});
