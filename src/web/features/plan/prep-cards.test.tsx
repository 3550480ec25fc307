import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../core/index.js';
import { PrepCards, printSteps } from './prep-cards.js';
import { savedPlan } from './test-plan-data.js';
import { TestI18n } from '../../i18n/test-i18n.js';

afterEach(cleanup);

const TODAY = '2026-12-02';
const nameOf = (id: string) => (id === 'clonazepam' ? 'Clonazepam' : id);

describe('prep cards', () => {
  it('print the upcoming steps by default, each with the medicine, its strengths, its form and the tools', () => {
    const plan = savedPlan(addDays(TODAY, -30)).plan;
    const upcoming = printSteps(plan, TODAY, false);
    expect(upcoming[0]?.index).toBe(2);
    expect(printSteps(plan, TODAY, true)).toHaveLength(plan.steps.length);
    render(
      <TestI18n>
        <PrepCards steps={upcoming} nameOf={nameOf} pace={plan.pace} />
      </TestI18n>,
    );
    const cards = screen.getByTestId('prep-cards').querySelectorAll('.prep-card');
    expect(cards).toHaveLength(upcoming.length);
    const first = cards[0]?.textContent ?? '';
    expect(first).toMatch(/^Step 3Clonazepam · 0\.25\u00a0mg and 1\u00a0mg tablets · home water mixture/);
    // 83.2\u00a0mL to take and 16.8\u00a0mL to discard: both more than a syringe holds, so one cylinder measures both.
    expect(first).toContain('Measure 83.2\u00a0mL in a 100\u00a0mL measuring cylinder and take it.');
    expect(first).toContain('You need: a 100\u00a0mL measuring cylinder.');
    expect(first).toMatch(/shake well right before every measure/);
    // The final stop: no tool, nothing to measure.
    expect(cards[cards.length - 1]?.textContent).not.toMatch(/You need/);
  });
});
