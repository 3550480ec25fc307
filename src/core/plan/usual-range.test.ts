import { describe, expect, it } from 'vitest';
import { findMedication, MEDICATIONS } from '../medications/registry.js';
import type { Medication } from '../medications/medication.js';
import { doseAboveUsualRange, FAR_ABOVE_USUAL_DIAZEPAM_MG, usualRangeLimitMg } from './usual-range.js';

function med(id: string): Medication {
  const found = findMedication(id);
  if (!found) throw new Error(id);
  return found;
}

describe('doseAboveUsualRange', () => {
  it('is 40 mg diazepam-equivalent by Ashton: the top of the diazepam rate table, above JCPG’s "high" (15 mg)', () => {
    expect(FAR_ABOVE_USUAL_DIAZEPAM_MG).toBe(40);
    expect(usualRangeLimitMg(med('diazepam'))).toBe(40);
    expect(usualRangeLimitMg(med('clonazepam'))).toBe(2);
    expect(usualRangeLimitMg(med('lorazepam'))).toBe(4);
    expect(usualRangeLimitMg(med('alprazolam'))).toBe(2);
  });

  it('is set only above the limit, with the dose in diazepam-equivalent', () => {
    expect(doseAboveUsualRange(med('diazepam'), 40)).toBeUndefined();
    expect(doseAboveUsualRange(med('diazepam'), 15.5)).toBeUndefined();
    expect(doseAboveUsualRange(med('diazepam'), 45)).toEqual({ diazepamEquivalentMg: 45, limitMg: 40 });
    expect(doseAboveUsualRange(med('clonazepam'), 2)).toBeUndefined();
    expect(doseAboveUsualRange(med('clonazepam'), 3)).toEqual({ diazepamEquivalentMg: 60, limitMg: 2 });
  });

  it('has a limit for every medication in the registry (each has an Ashton figure)', () => {
    for (const m of MEDICATIONS) expect(usualRangeLimitMg(m), m.id).toBeGreaterThan(0);
  });
});
