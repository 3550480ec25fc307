import { describe, expect, it } from 'vitest';
import type { MedicationView } from '../api/plan-schemas.js';
import { draftFromInput, draftToInput, emptyDraft, equivalents, formOptions, nextMonday, stepNumber } from './plan-form.js';

const clonazepam: MedicationView = {
  id: 'clonazepam',
  name: 'Clonazepam',
  brandNames: ['Klonopin'],
  halfLifeHours: { value: { low: 18, high: 50 }, status: 'secondary', sources: [] },
  equivalents: [
    { table: 'ashton', mgLow: 0.5, mgHigh: 0.5, status: 'confirmed', sources: ['ashton-manual'] },
    { table: 'va-dod', mgLow: 1, mgHigh: 1, status: 'confirmed', sources: ['va-dod-2021'] },
  ],
  forms: [{ kind: 'tablet' }, { kind: 'drops' }],
  specialistFirstFor: ['epilepsy'],
  diazepamRatio: { low: 10, high: 20 },
};

describe('plan form', () => {
  it('starts on the next Monday', () => {
    expect(nextMonday('2026-11-25')).toBe('2026-11-30');
    expect(nextMonday('2026-11-30')).toBe('2026-12-07');
  });

  it('offers a home water mixture when there are tablets but no liquid', () => {
    expect(formOptions(clonazepam).map((o) => `${o.kind}${o.homeMixture ? '*' : ''}`)).toEqual(['tablet', 'liquid*', 'drops']);
  });

  it('derives both published ratios, and needs one chosen for a switch', () => {
    expect(equivalents(clonazepam).map((e) => e.ratio)).toEqual([20, 10]);
    const draft = { ...emptyDraft('2026-11-25', 'clonazepam'), dose: '2', strategy: 'crossover' as const };
    expect(draftToInput(draft, clonazepam)).toEqual({ ok: false, error: { code: 'invalid_input', field: 'strategy.diazepamMgPerMg' } });
    const chosen = draftToInput({ ...draft, equivalent: 'va-dod' }, clonazepam);
    expect(chosen.ok && chosen.value.strategy).toMatchObject({ kind: 'crossover', diazepamMgPerMg: 10 });
  });

  it('builds a proportional request and reads it back', () => {
    const draft = { ...emptyDraft('2026-11-25', 'clonazepam'), dose: '2', epilepsy: true };
    const body = draftToInput(draft, clonazepam);
    expect(body.ok && body.value).toMatchObject({
      currentDoseMg: 2,
      strategy: { kind: 'proportional', percent: 10, intervalDays: 14 },
      doseTimes: [{ label: 'morning', share: 0.5 }, { label: 'night', share: 0.5 }],
      indication: 'epilepsy',
      startDate: '2026-11-30',
    });
    if (body.ok) expect(draftFromInput(body.value as Record<string, unknown>, '2026-11-25', [clonazepam])).toEqual(draft);
  });

  it('steps numbers within limits', () => {
    expect(stepNumber('25', 1, { step: 1, min: 1, max: 25, start: 10 })).toBe('25');
    expect(stepNumber('', -1, { step: 1, min: 1, max: 25, start: 10 })).toBe('10');
  });
});
