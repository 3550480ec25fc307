import { describe, expect, it } from 'vitest';
import { dropsPlan } from '../plan/__fixtures__/drops-plan.js';
import { addDays } from '../calendar-date.js';
import { assessmentPrompt } from './prompts.js';

const plan = dropsPlan('2026-11-10', 28);

describe('questionnaire prompts', () => {
  it('asks the day before a cut, and 3, 7 and 14 days after it', () => {
    const answered = ['2026-11-08'];
    expect(assessmentPrompt(plan, { answeredDates: answered }, '2026-11-09')).toEqual({
      reason: 'before-cut',
      cutDate: '2026-11-10',
    });
    expect(assessmentPrompt(plan, { answeredDates: answered }, '2026-11-13')).toEqual({
      reason: 'after-cut',
      cutDate: '2026-11-10',
      daysAfter: 3,
    });
    expect(assessmentPrompt(plan, { answeredDates: [...answered, '2026-11-13'] }, '2026-11-17')).toEqual({
      reason: 'after-cut',
      cutDate: '2026-11-10',
      daysAfter: 7,
    });
    expect(assessmentPrompt(plan, { answeredDates: [...answered, '2026-11-17'] }, '2026-11-24')).toEqual({
      reason: 'after-cut',
      cutDate: '2026-11-10',
      daysAfter: 14,
    });
    expect(assessmentPrompt(plan, { answeredDates: [...answered, '2026-11-24'] }, '2026-12-07')).toEqual({
      reason: 'before-cut',
      cutDate: '2026-12-08',
    });
  });

  it('asks weekly otherwise, and not again on a day already answered', () => {
    expect(assessmentPrompt(plan, { answeredDates: ['2026-11-24'] }, '2026-11-30')).toBeNull();
    expect(assessmentPrompt(plan, { answeredDates: ['2026-11-24'] }, '2026-12-01')).toEqual({
      reason: 'weekly',
      lastDate: '2026-11-24',
    });
    expect(assessmentPrompt(undefined, { answeredDates: ['2026-11-24'] }, '2026-12-01')).toEqual({
      reason: 'weekly',
      lastDate: '2026-11-24',
    });
    expect(assessmentPrompt(plan, { answeredDates: ['2026-11-13'] }, '2026-11-13')).toBeNull();
  });

  it('asks nothing of someone who has just signed up or has no plan yet; the first weekly one a week into the plan', () => {
    expect(assessmentPrompt(undefined, { answeredDates: [] }, '2026-12-01')).toBeNull();
    const startsMonday = dropsPlan('2026-12-07', 28);
    const start = startsMonday.steps[0]?.start ?? '';
    expect(assessmentPrompt(startsMonday, { answeredDates: [] }, '2026-12-01')).toBeNull();
    expect(assessmentPrompt(startsMonday, { answeredDates: [] }, addDays(start, 6))).toBeNull();
    expect(assessmentPrompt(startsMonday, { answeredDates: [] }, addDays(start, 8))).toEqual({
      reason: 'weekly',
      lastDate: null,
    });
  });

  it('asks nothing in the first week of an account whose plan began before it, nor after a cut from before it', () => {
    const began = dropsPlan('2026-10-01', 28);
    const cuts = began.steps.filter((s) => s.kind === 'reduce').map((s) => s.start);
    const cut = cuts.find((c) => c > '2026-10-01') ?? '';
    const signedUp = addDays(cut, 1);
    const history = { answeredDates: [], accountSince: signedUp };
    // Without the account's first day, the weekly one (weeks after the start) and the cut 3 days back are due.
    expect(assessmentPrompt(began, { answeredDates: [] }, addDays(cut, 3))).not.toBeNull();
    expect(assessmentPrompt(began, history, addDays(cut, 3))).toBeNull();
    expect(assessmentPrompt(began, history, addDays(signedUp, 6))).toBeNull();
    expect(assessmentPrompt(began, history, addDays(signedUp, 7))).toMatchObject({ reason: 'weekly', lastDate: null });
  });
});
