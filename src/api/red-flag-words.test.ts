import { describe, expect, it } from 'vitest';
import { CALL_NUMBERS, RED_FLAGS, SUPPLY_FLAGS } from '../core/index.js';
import { RED_FLAG_WORDS, redFlagView } from './red-flag-words.js';

const guidanceOf = (kind: string) => RED_FLAG_WORDS[kind]?.guidance.join(' ') ?? '';

describe("the red flags' English for API clients", () => {
  it('has words for every red flag and supply flag, and for nothing else', () => {
    expect(Object.keys(RED_FLAG_WORDS).sort()).toEqual([...RED_FLAGS, ...SUPPLY_FLAGS].map((f) => f.kind).sort());
  });

  it('tells every emergency to call the emergency number, and names its basis', () => {
    for (const flag of RED_FLAGS) {
      expect(guidanceOf(flag.kind), flag.kind).toMatch(/emergency number/);
      expect(RED_FLAG_WORDS[flag.kind]?.basis.length, flag.kind).toBeGreaterThan(20);
    }
    expect(guidanceOf('seizure')).toMatch(/Do not change your dose/);
  });

  it('gives hallucinations and confusion emergency guidance, not "contact today"', () => {
    for (const kind of ['hallucinations', 'confusion']) {
      expect(guidanceOf(kind)).toMatch(/^Call your local emergency number now/);
      expect(guidanceOf(kind)).not.toMatch(/today/);
    }
  });

  it('names the numbers to call that core lists, and only those', () => {
    const guidance = RED_FLAGS.map((f) => guidanceOf(f.kind)).join(' ');
    for (const n of CALL_NUMBERS) expect(guidance, n.number).toContain(n.number);
    const named = new Set(guidance.match(/\b\d{3}(?: \d{3})?\b/g));
    expect([...named].sort()).toEqual(CALL_NUMBERS.map((n) => n.number).sort());
  });

  it('answers a flag as the API sends it', () => {
    const seizure = RED_FLAGS.find((f) => f.kind === 'seizure');
    if (!seizure) throw new Error('no seizure flag');
    expect(redFlagView(seizure)).toMatchObject({ kind: 'seizure', urgency: 'emergency', label: 'I had a seizure' });
  });
});
