import { cleanup, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../core/index.js';
import { NowNext } from './now-next.js';
import { PlanSchedule } from './plan-schedule.js';
import { StepMeasure } from './step-measure.js';
import { savedPlan } from './test-plan-data.js';
import type { LoadedLocale } from '../../i18n/i18n-context.js';
import { ENGLISH, inLanguage, TestI18n } from '../../i18n/test-i18n.js';

afterEach(cleanup);

const TODAY = '2026-12-02';
const nameOf = (id: string) => (id === 'clonazepam' ? 'Clonazepam' : id);
const show = (ui: ComponentChildren, language: LoadedLocale = ENGLISH) =>
  render(<TestI18n initial={language}>{ui}</TestI18n>);

describe('the schedule', () => {
  it('folds the steps already over behind "Show past steps", and marks the current one', () => {
    // Begun 30 days ago: steps 1 and 2 (14 days each) are over, step 3 is today's.
    const plan = savedPlan(addDays(TODAY, -30)).plan;
    show(<PlanSchedule plan={plan} today={TODAY} nameOf={nameOf} />);
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
    show(<PlanSchedule plan={plan} today={TODAY} nameOf={nameOf} />);
    expect(screen.queryByTestId('past-steps')).toBeNull();
    expect(screen.getAllByTestId('plan-step').some((s) => s.hasAttribute('aria-current'))).toBe(false);
  });
});

describe('now and next', () => {
  it('before the start: the first step, with its date', () => {
    const plan = savedPlan(addDays(TODAY, 7)).plan;
    show(<NowNext plan={plan} today={TODAY} nameOf={nameOf} />);
    expect(screen.queryByTestId('now-step')).toBeNull();
    const first = screen.getByTestId('next-step');
    expect(within(first).getByRole('heading').textContent).toBe('Your first step');
    expect(first.textContent).toMatch(/From Wednesday,? 9 December 2026/);
    expect(first.textContent).toMatch(/Daily dose: 1\.8\u00a0mg/);
  });

  it('on the last step: no next change, and says the dose continues', () => {
    const plan = savedPlan(addDays(TODAY, -5000)).plan;
    show(<NowNext plan={plan} today={TODAY} nameOf={nameOf} />);
    expect(screen.getByTestId('now-step').textContent).toMatch(/This dose continues/);
    expect(screen.getByTestId('next-step').textContent).toBe('This is the last step of your plan.');
  });
});

describe('in German', () => {
  it('counts with German plurals, writes German dates and decimal commas, and measures in mL', async () => {
    const german = await inLanguage('de');
    const plan = savedPlan(addDays(TODAY, -30)).plan;
    show(<PlanSchedule plan={plan} today={TODAY} nameOf={nameOf} />, german);
    expect(within(screen.getByTestId('past-steps')).queryByText('Vergangene Schritte zeigen (2)')).not.toBeNull();
    const current = screen.getAllByTestId('plan-step').find((s) => s.getAttribute('aria-current') === 'step');
    expect(current?.textContent).toMatch(/^3 \(Reduktion\)Jetzt/);
    expect(current?.textContent).toMatch(/Tagesdosis: /);
    cleanup();
    show(<NowNext plan={savedPlan(addDays(TODAY, 7)).plan} today={TODAY} nameOf={nameOf} />, german);
    const first = screen.getByTestId('next-step');
    expect(within(first).getByRole('heading').textContent).toBe('Ihr erster Schritt');
    expect(first.textContent).toMatch(/Ab Mittwoch, 9\. Dezember 2026/);
    expect(first.textContent).toMatch(/Tagesdosis: 1,8\u00a0mg/);
    cleanup();
    // A liquid measured to the tenth of a millilitre keeps its figure, with a decimal comma.
    const step = plan.steps[0];
    const dose = step?.doses[0];
    if (!step || !dose) throw new Error('the test plan has a first step');
    const liquid = {
      method: 'liquid' as const,
      concentrationMgPerMl: 1,
      takeMl: 0.6,
      achievedMg: 0.6,
      errorMg: 0,
      errorPercent: 0,
    };
    show(
      <StepMeasure step={{ ...step, doses: [{ ...dose, times: [], realisation: liquid }] }} nameOf={nameOf} />,
      german,
    );
    expect(document.body.textContent).toBe(
      'Ziehen Sie 0,6\u00a0mL der Lösung mit 1\u00a0mg/mL mit einer Oralspritze für 1\u00a0mL auf.',
    );
  });
});
