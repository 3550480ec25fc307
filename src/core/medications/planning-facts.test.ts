import { describe, expect, it } from 'vitest';
import { publishedRatioRange } from '../plan/crossover.js';
import { planningFacts } from './planning-facts.js';
import { MEDICATIONS } from './registry.js';

const byId = (id: string) => {
  const found = MEDICATIONS.find((m) => m.id === id);
  if (!found) throw new Error(`no ${id} in the registry`);
  return found;
};

describe('planningFacts', () => {
  it('gives clonazepam its published diazepam ratio range and its usual-range limit', () => {
    const facts = planningFacts(byId('clonazepam'));
    expect(facts.diazepamRatio).toEqual(publishedRatioRange(byId('clonazepam')));
    expect(facts.diazepamRatio?.low).toBeLessThan(facts.diazepamRatio?.high ?? 0);
    // 40 mg diazepam-equivalent (Ashton) over clonazepam's ratio: a small daily dose.
    expect(facts.usualRangeLimitMg).toBeGreaterThan(0);
    expect(facts.usualRangeLimitMg).toBeLessThan(40);
  });

  it('gives diazepam a ratio of 1 and a limit of 40 mg', () => {
    const facts = planningFacts(byId('diazepam'));
    expect(facts.diazepamRatio).toEqual({ low: 1, high: 1 });
    expect(facts.usualRangeLimitMg).toBe(40);
  });

  it('keeps every registry fact and copies the arrays, so changing the copy leaves the registry alone', () => {
    for (const medication of MEDICATIONS) {
      const facts = planningFacts(medication);
      expect(facts).toMatchObject(JSON.parse(JSON.stringify(medication)) as object);
      expect(facts.brandNames).not.toBe(medication.brandNames);
      expect(facts.forms).not.toBe(medication.forms);
      expect(facts.equivalents[0]?.sources).not.toBe(medication.equivalents[0]?.sources);
    }
    const facts = planningFacts(byId('diazepam'));
    facts.brandNames.push('Changed');
    expect(byId('diazepam').brandNames).not.toContain('Changed');
  });
});
