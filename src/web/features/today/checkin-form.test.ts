import { describe, expect, it } from 'vitest';
import {
  asDraft,
  draftFromCheckin,
  draftFromYesterday,
  draftProblems,
  draftToBody,
  EMPTY_DRAFT,
  parseDose,
  stepSleep,
  toggleTag,
} from './checkin-form.js';

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
    expect(draftToBody(EMPTY_DRAFT)).toEqual({
      ok: true,
      value: { symptoms: {}, sleepHours: null, doseMg: null, note: '', tags: [] },
    });
    expect(
      draftToBody({ symptoms: { tremor: 2 }, sleep: '6.25', dose: '0,375', note: 'ok', tags: ['stress'] }),
    ).toEqual({
      ok: true,
      value: { symptoms: { tremor: 2 }, sleepHours: 6.25, doseMg: 0.375, note: 'ok', tags: ['stress'] },
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
      tags: ['caffeine', 'made-up'],
    });
    expect(draft).toEqual({ symptoms: { tremor: 3 }, sleep: '7.75', dose: '0.5', note: 'n', tags: ['caffeine'] });
    expect(draftToBody(draft)).toEqual({
      ok: true,
      value: { symptoms: { tremor: 3 }, sleepHours: 7.75, doseMg: 0.5, note: 'n', tags: ['caffeine'] },
    });
  });

  it('accepts only well-formed stored drafts', () => {
    expect(asDraft({ symptoms: { tremor: 1, bad: 'x' }, sleep: '', dose: '', note: '' })).toEqual({
      symptoms: { tremor: 1 },
      sleep: '',
      dose: '',
      note: '',
      tags: [],
    });
    expect(asDraft(null)).toBeUndefined();
    expect(asDraft({ symptoms: {}, sleep: 7, dose: '', note: '' })).toBeUndefined();
  });

  it('toggles tags in the catalogue order', () => {
    expect(toggleTag([], 'exercise')).toEqual(['exercise']);
    expect(toggleTag(['exercise'], 'stress')).toEqual(['stress', 'exercise']);
    expect(toggleTag(['stress', 'exercise'], 'stress')).toEqual(['exercise']);
  });

  it('copies symptoms, sleep and tags from yesterday, but not the dose or note', () => {
    const yesterday = {
      date: '2026-03-01',
      symptoms: { tremor: 2 },
      sleepHours: 6,
      doseMg: 1,
      note: 'old',
      tags: ['stress'],
      updatedAt: '2026-03-01T10:00:00Z',
      editedAt: '2026-03-01T10:00:00Z',
    };
    expect(draftFromYesterday(yesterday, { ...EMPTY_DRAFT, dose: '0.5', note: 'today' })).toEqual({
      symptoms: { tremor: 2 },
      sleep: '6',
      dose: '0.5',
      note: 'today',
      tags: ['stress'],
    });
  });

  it('reads a typed dose, or nothing when it is not a valid amount', () => {
    expect(parseDose('0,5')).toBe(0.5);
    expect(parseDose('0')).toBeUndefined();
    expect(parseDose('abc')).toBeUndefined();
    expect(parseDose('0.0005')).toBeUndefined();
  });

  it('lists every field to fix at once, in the form’s order, so none is found only after the first is fixed', () => {
    const draft = { ...EMPTY_DRAFT, sleep: '30', dose: '0.0001', note: 'x'.repeat(3000) };
    expect(draftProblems(draft).map((p) => p.field)).toEqual(['sleepHours', 'doseMg', 'note']);
    expect(draftToBody(draft)).toEqual({ ok: false, error: { code: 'invalid_input', field: 'sleepHours' } });
    expect(draftProblems({ ...EMPTY_DRAFT, sleep: '7.5', dose: '0.5' })).toEqual([]);
  });
});
