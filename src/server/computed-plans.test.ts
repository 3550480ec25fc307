import { describe, expect, it } from 'vitest';
import { createComputedPlans } from './computed-plans.js';

describe('computed plans', () => {
  it('computes once for the same inputs and again when any input differs', () => {
    const plans = createComputedPlans();
    let computed = 0;
    const compute = () => ({ n: ++computed });
    const first = plans.remember(['rev-1', [{ stepIndex: 2, days: 7 }], '2026-12-01'], compute);
    expect(plans.remember(['rev-1', [{ stepIndex: 2, days: 7 }], '2026-12-01'], compute)).toBe(first);
    expect(plans.remember(['rev-1', [{ stepIndex: 2, days: 8 }], '2026-12-01'], compute)).toEqual({ n: 2 });
    expect(plans.remember(['rev-1', [{ stepIndex: 2, days: 7 }], '2026-12-02'], compute)).toEqual({ n: 3 });
    expect(computed).toBe(3);
  });

  it('keeps at most its capacity, forgetting the least recently used first', () => {
    const plans = createComputedPlans(2);
    let computed = 0;
    const compute = () => ++computed;
    plans.remember('a', compute);
    plans.remember('b', compute);
    plans.remember('a', compute); // a is now the most recent
    plans.remember('c', compute); // forgets b
    expect(computed).toBe(3);
    expect(plans.remember('a', compute)).toBe(1);
    expect(plans.remember('b', compute)).toBe(4);
  });

  it('remembers nothing when the computation refuses', () => {
    const plans = createComputedPlans();
    expect(() =>
      plans.remember('x', () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(plans.remember('x', () => 'computed')).toBe('computed');
  });
});
