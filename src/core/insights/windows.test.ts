import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar-date.js';
import type { Severity } from '../symptoms/symptom.js';
import type { RatedDay } from './types.js';
import { smallWins, windowsAndWaves } from './windows.js';

const START = '2027-01-04';
const at = (n: number) => addDays(START, n);

/** One symptom a day at these severities (burden 0, 33.3, 66.7, 100), from START; null leaves a day out. */
const oneSymptom = (symptomId: string, severities: readonly (Severity | null)[]): RatedDay[] =>
  severities.flatMap((severity, n) =>
    severity === null ? [] : [{ date: at(n), severities: [{ symptomId, severity }] }],
  );

const repeat = <T>(value: T, times: number): T[] => Array<T>(times).fill(value);

describe('windowsAndWaves', () => {
  it('marks two or more days clearly better or worse than the median of the 28 days before', () => {
    const records = oneSymptom('tremor', [...repeat<Severity>(1, 14), 0, 0, 1, 3, 3, 3, 1, 0, 1]);
    expect(windowsAndWaves(records)).toEqual([
      { kind: 'window', from: at(14), to: at(15), days: 2, baseline: (1 / 3) * 100, meanBurden: 0 },
      { kind: 'wave', from: at(17), to: at(19), days: 3, baseline: (1 / 3) * 100, meanBurden: 100 },
    ]);
  });

  it('needs 7 check-ins of baseline, two days in a row, and no day missing between', () => {
    expect(windowsAndWaves(oneSymptom('tremor', [1, 1, 1, 1, 1, 1, 3, 3, 3]))).toEqual([
      expect.objectContaining({ from: at(7), days: 2 }),
    ]);
    expect(windowsAndWaves(oneSymptom('tremor', [...repeat<Severity>(1, 10), 3, null, 3]))).toEqual([]);
    expect(windowsAndWaves(oneSymptom('tremor', [...repeat<Severity>(1, 10), 3, 1, 3]))).toEqual([]);
  });
});

describe('smallWins', () => {
  it('finds the first day without a symptom in N days, and the current run of days without it', () => {
    const records = oneSymptom('muscle-jerks', [0, ...repeat<Severity>(2, 11), 0, 0, 0]);
    expect(smallWins({ records, asOf: at(14), since: null })).toEqual([
      { code: 'first-day-without', symptomId: 'muscle-jerks', date: at(12), afterDays: 12 },
      { code: 'days-in-a-row-without', symptomId: 'muscle-jerks', from: at(12), to: at(14), days: 3 },
    ]);
  });

  it('says nothing of a symptom the person never had, nor of wins older than a week', () => {
    expect(smallWins({ records: oneSymptom('tinnitus', repeat<Severity>(0, 10)), asOf: at(9), since: null })).toEqual(
      [],
    );
    const old = oneSymptom('muscle-jerks', [...repeat<Severity>(2, 10), 0, 0, 0]);
    expect(smallWins({ records: old, asOf: at(30), since: null })).toEqual([]);
  });

  it('finds the best week since the taper began, against weeks that do not overlap it', () => {
    const severities: Severity[] = [...repeat<Severity>(2, 28), ...repeat<Severity>(1, 7)];
    const records = severities.map((severity, n): RatedDay => ({
      date: at(n),
      severities: [
        { symptomId: 'tremor', severity },
        { symptomId: 'anxiety', severity: 2 },
      ],
    }));
    expect(smallWins({ records, asOf: at(34), since: START })).toEqual([
      { code: 'best-week', from: at(28), to: at(34), meanBurden: 50 },
    ]);
    expect(smallWins({ records, asOf: at(34), since: at(10) })).toEqual([]);
  });
});
