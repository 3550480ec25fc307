import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry.js';
import { recordedRedFlags } from './recorded-red-flags.js';

/** The BWSQ item that asks about a red flag. */
const BWSQ_HALLUCINATIONS = findInstrument('bwsq')?.items.findIndex((i) => i.redFlag === 'hallucinations') ?? -1;
const bwsq = (date: string, hallucinations: number) => ({
  date,
  instrument: 'bwsq',
  answers: Array.from({ length: 20 }, (_, i) => (i === BWSQ_HALLUCINATIONS ? hallucinations : 1)),
});
const checkin = (date: string, palpitations: number, tags: string[] = []) => ({
  date,
  severities: [
    { symptomId: 'palpitations', severity: palpitations },
    { symptomId: 'tremor', severity: 3 },
  ],
  tags,
});

describe('recordedRedFlags', () => {
  it('marks events, a questionnaire red-flag item answered yes, and check-in answers clinical.md lists', () => {
    expect(
      recordedRedFlags({
        events: [{ date: '2026-11-03', kind: 'seizure' }],
        assessments: [bwsq('2026-11-02', 1), bwsq('2026-11-05', 0)],
        checkins: [checkin('2026-11-01', 3), checkin('2026-11-04', 2, ['alcohol', 'stress']), checkin('2026-11-06', 2)],
      }),
    ).toEqual([
      { date: '2026-11-01', source: 'checkin', code: 'chest-pain' },
      { date: '2026-11-02', source: 'questionnaire', code: 'hallucinations' },
      { date: '2026-11-03', source: 'event', code: 'seizure' },
      { date: '2026-11-04', source: 'checkin', code: 'opioids-or-alcohol' },
    ]);
  });

  it('never makes a red flag of a severe symptom that is not one, nor of an unknown questionnaire', () => {
    expect(recordedRedFlags({ checkins: [checkin('2026-11-01', 2)] })).toEqual([]);
    expect(recordedRedFlags({ assessments: [{ date: '2026-11-01', instrument: 'nope', answers: [3, 3] }] })).toEqual(
      [],
    );
  });

  it('does not depend on the order records arrive in, and counts a repeat once', () => {
    const events = fc.array(
      fc.record({ date: fc.constantFrom('2026-11-01', '2026-11-02', '2026-11-03'), kind: fc.constantFrom('a', 'b') }),
    );
    fc.assert(
      fc.property(events, (list) => {
        const forward = recordedRedFlags({ events: list });
        expect(recordedRedFlags({ events: [...list].reverse() })).toEqual(forward);
        expect(recordedRedFlags({ events: [...list, ...list] })).toEqual(forward);
      }),
    );
  });
});
