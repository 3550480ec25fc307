import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../core/index.js';
import { NowNext } from './now-next.js';
import { PlanSchedule } from './plan-schedule.js';
import { savedPlan } from './test-plan-data.js';

afterEach(cleanup);

const TODAY = '2026-12-02';
const nameOf = (id: string) => (id === 'clonazepam' ? 'Clonazepam' : id);

describe('the schedule', () => {
  it('folds the steps already over behind "Show past steps", and marks the current one', () => {
    // Begun 30 days ago: steps 1 and 2 (14 days each) are over, step 3 is today's.
    const plan = savedPlan(addDays(TODAY, -30)).plan;
    render(<PlanSchedule plan={plan} today={TODAY} nameOf={nameOf} />);
    const past = screen.getByTestId('past-steps');
    expect(past.tagName).toBe('DETAILS');
    expect((past as HTMLDetailsElement).open).toBe(false);
    expect(within(past).queryByText('Show past steps (2)')).not.toBeNull();
    expect(within(past).getAllByTestId('plan-step')).toHaveLength(2);
    const current = screen.getAllByTestId('plan-step').filter((s) => s.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toMatch(/^3 \(cut\)Now/);
    expect(screen.getAllByTestId('plan-step')).toHaveLength(plan.steps.length);
  });

  it('a plan not started yet has no past steps and no current step', () => {
    const plan = savedPlan(addDays(TODAY, 7)).plan;
    render(<PlanSchedule plan={plan} today={TODAY} nameOf={nameOf} />);
    expect(screen.queryByTestId('past-steps')).toBeNull();
    expect(screen.getAllByTestId('plan-step').some((s) => s.hasAttribute('aria-current'))).toBe(false);
  });
});

describe('now and next', () => {
  it('before the start: the first step, with its date', () => {
    const plan = savedPlan(addDays(TODAY, 7)).plan;
    render(<NowNext plan={plan} today={TODAY} nameOf={nameOf} />);
    expect(screen.queryByTestId('now-step')).toBeNull();
    const first = screen.getByTestId('next-step');
    expect(within(first).getByRole('heading').textContent).toBe('Your first step');
    expect(first.textContent).toMatch(/From Wed, 9 Dec 2026/);
    expect(first.textContent).toMatch(/Daily dose: 1\.8 mg/);
  });

  it('on the last step: no next change, and says the dose continues', () => {
    const plan = savedPlan(addDays(TODAY, -5000)).plan;
    render(<NowNext plan={plan} today={TODAY} nameOf={nameOf} />);
    expect(screen.getByTestId('now-step').textContent).toMatch(/This dose continues/);
    expect(screen.getByTestId('next-step').textContent).toBe('This is the last step of your plan.');
  });
});
