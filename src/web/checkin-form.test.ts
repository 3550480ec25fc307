import { describe, expect, it } from 'vitest';
import { asDraft, draftFromCheckin, draftToBody, EMPTY_DRAFT, stepSleep } from './checkin-form.js';

describe('check-in form state', () => {
  it('starts the sleep buttons at 7.5 h and moves in half hours within 0 to 24', () => {
    expect(stepSleep('', 1)).toBe('7.5');
    expect(stepSleep('', -1)).toBe('7.5');
    expect(stepSleep('7.5', 1)).toBe('8');
    expect(stepSleep('7.25', -1)).toBe('6.75');
    expect(stepSleep('0.25', -1)).toBe('0');
    expect(stepSleep('23.75', 1)).toBe('24');
  });

  it('turns a draft into the API body, with empty numbers as "not recorded"', () => {
    expect(draftToBody(EMPTY_DRAFT)).toEqual({ ok: true, value: { symptoms: {}, sleepHours: null, doseMg: null, note: '' } });
    expect(draftToBody({ symptoms: { tremor: 2 }, sleep: '6.25', dose: '0,375', note: 'ok' })).toEqual({
      ok: true,
      value: { symptoms: { tremor: 2 }, sleepHours: 6.25, doseMg: 0.375, note: 'ok' },
    });
  });

  it.each([
    [{ sleep: '6.3' }, 'sleepHours'],
    [{ sleep: '25' }, 'sleepHours'],
    [{ sleep: '-1' }, 'sleepHours'],
    [{ sleep: 'seven' }, 'sleepHours'],
    [{ dose: '0.0005' }, 'doseMg'],
    [{ dose: '1e3' }, 'doseMg'],
    [{ dose: '.' }, 'doseMg'],
    [{ note: 'x'.repeat(2001) }, 'note'],
  ])('names the field at fault for %j', (change, field) => {
    expect(draftToBody({ ...EMPTY_DRAFT, ...change })).toEqual({ ok: false, error: { code: 'invalid_input', field } });
  });

  it('prefills from a saved check-in and round-trips', () => {
    const draft = draftFromCheckin({
      date: '2026-03-01',
      symptoms: { tremor: 3, odd: 9 },
      sleepHours: 7.75,
      doseMg: 0.5,
      note: 'n',
      updatedAt: '2026-03-01T10:00:00Z',
      editedAt: '2026-03-01T10:00:00Z',
      tags: [],
    });
    expect(draft).toEqual({ symptoms: { tremor: 3 }, sleep: '7.75', dose: '0.5', note: 'n' });
    expect(draftToBody(draft)).toEqual({ ok: true, value: { symptoms: { tremor: 3 }, sleepHours: 7.75, doseMg: 0.5, note: 'n' } });
  });

  it('accepts only well-formed stored drafts', () => {
    expect(asDraft({ symptoms: { tremor: 1, bad: 'x' }, sleep: '', dose: '', note: '' })).toEqual({
      symptoms: { tremor: 1 },
      sleep: '',
      dose: '',
      note: '',
    });
    expect(asDraft(null)).toBeUndefined();
    expect(asDraft({ symptoms: {}, sleep: 7, dose: '', note: '' })).toBeUndefined();
  });
});
