import { describe, expect, it } from 'vitest';
import { planTaper } from '../plan/plan-taper.js';
import { assessmentPrompt } from './prompts.js';

const plan = (() => {
  const result = planTaper({
    medicationId: 'clonazepam',
    form: 'drops',
    currentDoseMg: 1,
    startDate: '2026-11-10',
    strategy: { kind: 'proportional', percent: 10, intervalDays: 28 },
    endpointMg: 0,
    doseTimes: [{ label: 'daily', share: 1 }],
    takenDailyOver4Weeks: true,
    syringeMl: 0.1,
  });
  if (!result.ok) throw new Error('fixture');
  return result.value;
})();

describe('questionnaire prompts', () => {
  it('asks the day before a cut, and 3, 7 and 14 days after it', () => {
    const answered = ['2026-11-08'];
    expect(assessmentPrompt(plan, answered, '2026-11-09')).toEqual({ reason: 'before-cut', cutDate: '2026-11-10' });
    expect(assessmentPrompt(plan, answered, '2026-11-13')).toEqual({ reason: 'after-cut', cutDate: '2026-11-10', daysAfter: 3 });
    expect(assessmentPrompt(plan, [...answered, '2026-11-13'], '2026-11-17')).toEqual({ reason: 'after-cut', cutDate: '2026-11-10', daysAfter: 7 });
    expect(assessmentPrompt(plan, [...answered, '2026-11-17'], '2026-11-24')).toEqual({ reason: 'after-cut', cutDate: '2026-11-10', daysAfter: 14 });
    expect(assessmentPrompt(plan, [...answered, '2026-11-24'], '2026-12-07')).toEqual({ reason: 'before-cut', cutDate: '2026-12-08' });
  });

  it('asks weekly otherwise, and not again on a day already answered', () => {
    expect(assessmentPrompt(plan, ['2026-11-24'], '2026-11-30')).toBeNull();
    expect(assessmentPrompt(plan, ['2026-11-24'], '2026-12-01')).toEqual({ reason: 'weekly', lastDate: '2026-11-24' });
    expect(assessmentPrompt(undefined, [], '2026-12-01')).toEqual({ reason: 'weekly', lastDate: null });
    expect(assessmentPrompt(plan, ['2026-11-13'], '2026-11-13')).toBeNull();
  });
});
