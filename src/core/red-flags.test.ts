import { describe, expect, it } from 'vitest';
import { findRedFlag, RED_FLAGS, SUPPLY_FLAGS } from './red-flags.js';

describe('red flags (clinical.md §6.1)', () => {
  it('lists every urgent red flag of §6.1 as an emergency', () => {
    expect(RED_FLAGS.map((f) => f.kind)).toEqual([
      'seizure',
      'confusion',
      'hallucinations',
      'suicidal-thoughts',
      'heavy-sedation',
      'opioids-or-alcohol',
      'chest-pain',
      'fall-or-head-injury',
    ]);
    for (const flag of RED_FLAGS) expect(flag.urgency, flag.kind).toBe('emergency');
  });

  it('keeps running out and missed doses as act-today flags', () => {
    expect(SUPPLY_FLAGS.map((f) => [f.kind, f.urgency])).toEqual([
      ['missed-doses', 'contact-today'],
      ['running-out', 'contact-today'],
    ]);
  });

  it('names its sources, with unique kinds', () => {
    const all = [...RED_FLAGS, ...SUPPLY_FLAGS];
    expect(new Set(all.map((f) => f.kind)).size).toBe(all.length);
    for (const flag of all) {
      expect(flag.sources.length, flag.kind).toBeGreaterThan(0);
    }
    expect(findRedFlag('opioids-or-alcohol')?.sources).toContain('openfda');
  });
});
