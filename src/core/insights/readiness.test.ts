import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-date.js';
import { fixturePlan } from '../plan/__fixtures__/plan-input.js';
import type { Severity } from '../symptoms/symptom.js';
import { ratedDaysArb, shuffledArb } from './__fixtures__/rated-days.js';
import { readiness, type ReadinessInput, type Signal } from './readiness.js';
import type { RatedDay } from './types.js';

const START = '2027-01-04';
/** Clonazepam 1 mg, 10 % every 28 days: cuts on START (→ 0.9) and START + 28 (→ 0.8). */
const clonazepam = (percent: number, intervalDays: number) =>
  fixturePlan({
    medicationId: 'clonazepam',
    form: 'drops',
    currentDoseMg: 1,
    startDate: START,
    strategy: { kind: 'proportional', percent, intervalDays },
  });
const plan = clonazepam(10, 28);
const at = (n: number) => addDays(START, n);
const BEFORE_CUT = at(25);

/** Daily check-ins from `from` to `to` days after START, two symptoms at these severities. */
function daily(from: number, to: number, severity: (n: number) => Severity): RatedDay[] {
  return Array.from({ length: to - from + 1 }, (_, i): RatedDay => ({
    date: at(from + i),
    severities: [
      { symptomId: 'tremor', severity: severity(from + i) },
      { symptomId: 'anxiety', severity: 1 },
    ],
  }));
}

const calm = [...daily(-14, 25, () => 1)];
const sig = (code: Signal['code'], value: Signal['value'], status: Signal['status'], source: Signal['source']) => ({
  code,
  value,
  status,
  source,
});
const status = (signals: readonly Signal[]) => Object.fromEntries(signals.map((s) => [s.code, s.status]));

describe('readiness', () => {
  it('is ready when every signal is ok, and shows every signal with its value and source', () => {
    const result = readiness({ plan, date: BEFORE_CUT, records: calm });
    expect(result).toMatchObject({
      nextCut: { date: at(28), fromMg: 0.9, toMg: 0.8 },
      daysToCut: 3,
      suggestion: 'ready',
    });
    expect(result.signals).toEqual([
      sig('days-since-last-cut', 25, 'ok', 'jcpg-2025'),
      sig('burden-vs-baseline', 0, 'ok', 'jcpg-2025'),
      sig('trend-7-days', 0, 'ok', 'jcpg-2025'),
      sig('checkin-coverage', 7, 'ok', 'design-choice'),
      sig('questionnaire-band', null, 'ok', 'design-choice'),
      sig('red-flags-since-last-cut', 0, 'ok', 'jcpg-2025'),
      sig('missed-doses', 0, 'ok', 'jcpg-2025'),
    ]);
  });

  it('gives no suggestion more than 3 days before the cut, nor without a plan', () => {
    expect(readiness({ plan, date: at(24), records: calm })).toMatchObject({ daysToCut: 4, suggestion: null });
    expect(readiness({ plan: null, date: BEFORE_CUT, records: calm })).toEqual({
      nextCut: null,
      daysToCut: null,
      suggestion: null,
      signals: [],
    });
  });

  it('suggests hold after a red flag since the last cut', () => {
    const result = readiness({ plan, date: BEFORE_CUT, records: calm, redFlags: [{ date: at(3), kind: 'seizure' }] });
    expect(result.suggestion).toBe('hold');
    expect(status(result.signals)['red-flags-since-last-cut']).toBe('stop');
    const before = readiness({ plan, date: BEFORE_CUT, records: calm, redFlags: [{ date: at(-1), kind: 'seizure' }] });
    expect(before.suggestion).toBe('ready');
  });

  it('suggests hold while the burden is still clearly above the pre-cut baseline', () => {
    const records = [...daily(-14, -1, () => 0), ...daily(0, 25, () => 2)];
    const result = readiness({ plan, date: BEFORE_CUT, records });
    expect(result.suggestion).toBe('hold');
    expect(result.signals[1]).toMatchObject({ code: 'burden-vs-baseline', value: 33.3, status: 'stop' });
  });

  it('suggests wait on a rising trend or too few check-ins', () => {
    const rising = [...daily(-14, 18, () => 1), ...daily(19, 25, (n) => (n >= 23 ? 2 : n >= 21 ? 1 : 0))];
    expect(status(readiness({ plan, date: BEFORE_CUT, records: rising }).signals)['trend-7-days']).toBe('caution');
    const sparse = calm.filter((r) => r.date < at(20) || r.date === at(25));
    const result = readiness({ plan, date: BEFORE_CUT, records: sparse });
    expect(result.suggestion).toBe('wait');
    expect(result.signals[3]).toEqual(sig('checkin-coverage', 2, 'caution', 'design-choice'));
  });

  it('reads the latest questionnaire band and missed doses since the last cut', () => {
    const severe = { date: at(20), instrumentId: 'ciwa-b', score: 45, band: 'severe', contactClinician: true };
    const mild = { date: at(20), instrumentId: 'bwsq', score: 3, band: null, contactClinician: false };
    const withBand = readiness({ plan, date: BEFORE_CUT, records: calm, questionnaires: [mild, severe] });
    expect(withBand.signals[4]).toEqual(sig('questionnaire-band', 'severe', 'stop', 'ciwa-b'));
    const missedOne = { days: [{ date: at(10), status: 'missed' as const }], risks: [] };
    expect(readiness({ plan, date: BEFORE_CUT, records: calm, adherence: missedOne }).suggestion).toBe('wait');
    const risk = { code: 'missed_days' as const, from: at(10), to: at(11), days: 2 };
    const missedTwo = { days: [], risks: [risk] };
    expect(readiness({ plan, date: BEFORE_CUT, records: calm, adherence: missedTwo }).suggestion).toBe('hold');
  });

  it('cautions when the cut would come under 14 days after the last', () => {
    const result = readiness({ plan: clonazepam(5, 10), date: at(8), records: calm });
    expect(result.signals[0]).toEqual(sig('days-since-last-cut', 8, 'caution', 'jcpg-2025'));
  });
});

describe('readiness: properties', () => {
  const inputArb = fc.record({
    date: fc.integer({ min: 0, max: 55 }).map(at),
    records: ratedDaysArb(at(-14), 80),
    redFlags: fc.array(fc.record({ date: fc.integer({ min: -20, max: 60 }).map(at), kind: fc.constant('seizure') })),
    questionnaires: fc.array(
      fc.record({
        date: fc.integer({ min: -20, max: 60 }).map(at),
        instrumentId: fc.constantFrom('ciwa-b', 'bwsq'),
        score: fc.integer({ min: 0, max: 80 }),
        band: fc.constantFrom(null, 'mild', 'severe'),
        contactClinician: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
  });

  test.prop([inputArb])('never suggests ready with a red flag since the last cut', (input) => {
    const result = readiness({ plan, ...input });
    const lastCut = input.date >= at(28) ? at(28) : START;
    if (input.redFlags.some((f) => f.date >= lastCut && f.date <= input.date))
      expect(result.suggestion).not.toBe('ready');
  });

  test.prop([
    inputArb.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.record({
          records: shuffledArb(input.records),
          redFlags: shuffledArb(input.redFlags),
          questionnaires: shuffledArb(input.questionnaires),
        }),
      ),
    ),
  ])('does not depend on the order records arrive', ([input, shuffled]) => {
    const asGiven: ReadinessInput = { plan, ...input };
    expect(readiness({ ...asGiven, ...shuffled })).toEqual(readiness(asGiven));
  });
});
