import fc from 'fast-check';
import { addDays } from '../../calendar-date.js';
import type { Severity } from '../../symptoms/symptom.js';
import type { RatedDay } from '../types.js';

/** Catalogue symptoms from three groups, so group means are exercised. */
export const SYMPTOM_IDS = ['pins-and-needles', 'muscle-jerks', 'insomnia', 'anxiety', 'tinnitus'] as const;

export const severityArb = fc.constantFrom<Severity>(0, 1, 2, 3);

/** Check-ins on distinct days within `span` days of `start`, each rating some of the symptoms. */
export function ratedDaysArb(start = '2027-01-04', span = 90): fc.Arbitrary<RatedDay[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: span - 1 }), { maxLength: span }).chain((offsets) =>
    fc.tuple(
      ...offsets.map((offset) =>
        fc
          .subarray([...SYMPTOM_IDS])
          .chain((ids) => fc.tuple(...ids.map(() => severityArb)).map((sev) => ({ ids, sev })))
          .map(({ ids, sev }) => ({
            date: addDays(start, offset),
            severities: ids.map((symptomId, i) => ({ symptomId, severity: sev[i] ?? 0 })),
          })),
      ),
    ),
  );
}

/** The same records in another order (the days and, within each, the symptoms). */
export function shuffledArb<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}
