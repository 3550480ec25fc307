import { describe, expect, it } from 'vitest';
import { dropsPlan } from '../plan/__fixtures__/drops-plan.js';
import { addDays } from '../calendar-date.js';
import { assessmentPrompt } from './prompts.js';

const plan = dropsPlan('2026-11-10', 28);

describe('questionnaire prompts', () => {
  it('asks the day before a cut, and 3, 7 and 14 days after it', () => {
    const answered = ['2026-11-08'];
    expect(assessmentPrompt(plan, answered, '2026-11-09')).toEqual({ reason: 'before-cut', cutDate: '2026-11-10' });
    expect(assessmentPrompt(plan, answered, '2026-11-13')).toEqual({
      reason: 'after-cut',
      cutDate: '2026-11-10',
      daysAfter: 3,
    });
    expect(assessmentPrompt(plan, [...answered, '2026-11-13'], '2026-11-17')).toEqual({
      reason: 'after-cut',
      cutDate: '2026-11-10',
      daysAfter: 7,
    });
    expect(assessmentPrompt(plan, [...answered, '2026-11-17'], '2026-11-24')).toEqual({
      reason: 'after-cut',
      cutDate: '2026-11-10',
      daysAfter: 14,
    });
    expect(assessmentPrompt(plan, [...answered, '2026-11-24'], '2026-12-07')).toEqual({
      reason: 'before-cut',
      cutDate: '2026-12-08',
    });
  });

  it('asks weekly otherwise, and not again on a day already answered', () => {
    expect(assessmentPrompt(plan, ['2026-11-24'], '2026-11-30')).toBeNull();
    expect(assessmentPrompt(plan, ['2026-11-24'], '2026-12-01')).toEqual({ reason: 'weekly', lastDate: '2026-11-24' });
    expect(assessmentPrompt(undefined, ['2026-11-24'], '2026-12-01')).toEqual({
      reason: 'weekly',
      lastDate: '2026-11-24',
    });
    expect(assessmentPrompt(plan, ['2026-11-13'], '2026-11-13')).toBeNull();
  });

  it('asks nothing of someone who has just signed up or has no plan yet; the first weekly one a week into the plan', () => {
    expect(assessmentPrompt(undefined, [], '2026-12-01')).toBeNull();
    const startsMonday = dropsPlan('2026-12-07', 28);
    const start = startsMonday.steps[0]?.start ?? '';
    expect(assessmentPrompt(startsMonday, [], '2026-12-01')).toBeNull();
    expect(assessmentPrompt(startsMonday, [], addDays(start, 6))).toBeNull();
    expect(assessmentPrompt(startsMonday, [], addDays(start, 8))).toEqual({ reason: 'weekly', lastDate: null });
  });
});
