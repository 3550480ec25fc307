import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCheckin, prepareCheckin, type CheckinInput } from './checkin.js';

const TODAY = '2026-11-25';
const input: CheckinInput = { symptoms: { tremor: 2, dizziness: 0 }, sleepHours: 6.25, doseMg: 0.125, note: 'ok' };

describe('prepareCheckin', () => {
  it('converts to exact stored units, with symptoms in a stable order', () => {
    const result = prepareCheckin('2026-11-24', input, TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        date: '2026-11-24',
        severities: [
          { symptomId: 'dizziness', severity: 0 },
          { symptomId: 'tremor', severity: 2 },
        ],
        sleepMinutes: 375,
        doseMicrograms: 125,
        note: 'ok',
        tags: [],
      },
    });
  });

  it('accepts tomorrow (time zones) but not the day after', () => {
    expect(prepareCheckin('2026-11-26', input, TODAY).ok).toBe(true);
    expect(prepareCheckin('2026-11-27', input, TODAY)).toEqual({
      ok: false,
      error: { code: 'date_in_future', field: 'date' },
    });
  });

  it.each<[string, Partial<CheckinInput>, string, string]>([
    ['unknown symptom', { symptoms: { hiccups: 1 } }, 'unknown_symptom', 'symptoms.hiccups'],
    ['severity 4', { symptoms: { tremor: 4 } }, 'invalid_input', 'symptoms.tremor'],
    ['severity -1', { symptoms: { tremor: -1 } }, 'invalid_input', 'symptoms.tremor'],
    ['sleep 7.1 h', { sleepHours: 7.1 }, 'invalid_input', 'sleepHours'],
    ['sleep 24.25 h', { sleepHours: 24.25 }, 'invalid_input', 'sleepHours'],
    ['dose 0.0001 mg', { doseMg: 0.0001 }, 'invalid_input', 'doseMg'],
    ['negative dose', { doseMg: -1 }, 'invalid_input', 'doseMg'],
    ['long note', { note: 'x'.repeat(2001) }, 'invalid_input', 'note'],
  ])('rejects %s', (_label, change, code, field) => {
    expect(prepareCheckin('2026-11-24', { ...input, ...change }, TODAY)).toEqual({ ok: false, error: { code, field } });
  });

  it('keeps known tags once each, sorted, and names an unknown tag', () => {
    const prepared = prepareCheckin('2026-11-24', { ...input, tags: ['stress', 'caffeine', 'stress'] }, TODAY);
    expect(prepared.ok && prepared.value.tags).toEqual(['caffeine', 'stress']);
    expect(prepareCheckin('2026-11-24', { ...input, tags: ['caffeine', 'sunshine'] }, TODAY)).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'tags.1' },
    });
  });

  it('rejects an impossible date', () => {
    expect(prepareCheckin('2026-02-29', input, TODAY)).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'date' },
    });
  });

  test.prop([
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 0, max: 96 }),
    fc.dictionary(fc.constantFrom('tremor', 'twitching', 'weakness', 'dizziness'), fc.constantFrom(0, 1, 2, 3)),
  ])('round-trips doses to the microgram and sleep to the quarter hour', (micrograms, quarters, symptoms) => {
    const original: CheckinInput = { symptoms, sleepHours: quarters / 4, doseMg: micrograms / 1000, note: '' };
    const prepared = prepareCheckin('2026-11-24', original, TODAY);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.value.doseMicrograms).toBe(micrograms);
    expect(describeCheckin(prepared.value)).toEqual({ date: '2026-11-24', ...original, tags: [] });
  });
});
