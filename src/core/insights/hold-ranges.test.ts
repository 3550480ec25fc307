import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-date.js';
import { fixtureInput } from '../plan/__fixtures__/plan-input.js';
import { planTaper } from '../plan/plan-taper.js';
import type { Hold } from '../plan/plan-types.js';
import { holdRanges } from './hold-ranges.js';

const START = '2027-01-04';
const INPUT = fixtureInput({
  medicationId: 'clonazepam',
  form: 'drops',
  currentDoseMg: 1,
  startDate: START,
  strategy: { kind: 'proportional', percent: 10, intervalDays: 42 },
});
const hold = (stepIndex: number, days: number, reason: string): Hold => ({
  stepIndex,
  days,
  reason,
  createdAt: '2027-01-10T09:00:00Z',
});

describe('holdRanges', () => {
  it('places each hold at the end of its step, one after another, with its own reason', () => {
    const holds = [hold(0, 7, 'a hard week'), hold(1, 3, 'travel'), hold(0, 2, 'not ready yet')];
    const result = planTaper(INPUT, { holds });
    if (!result.ok) throw new Error(result.error.code);
    const [first, second] = result.value.steps;
    if (!first?.end || !second?.end) throw new Error('the plan has two ending steps');
    expect(holdRanges(result.value, holds)).toEqual([
      { from: addDays(first.end, -8), to: addDays(first.end, -2), reason: 'a hard week' },
      { from: addDays(first.end, -1), to: first.end, reason: 'not ready yet' },
      { from: addDays(second.end, -2), to: second.end, reason: 'travel' },
    ]);
  });

  it('is empty without holds', () => {
    const result = planTaper(INPUT);
    if (!result.ok) throw new Error(result.error.code);
    expect(holdRanges(result.value, [])).toEqual([]);
  });
});
