import { describe, expect, it } from 'vitest';
import { CALL_NUMBERS, callNumbersFor, dialString } from './call-numbers.js';
import { RED_FLAGS } from './red-flags.js';

describe('numbers to call', () => {
  it('are the numbers the red-flag guidance already names, and only those', () => {
    const guidance = RED_FLAGS.flatMap((f) => f.guidance).join(' ');
    for (const n of CALL_NUMBERS) expect(guidance, n.number).toContain(n.number);
    const named = new Set(guidance.match(/\b\d{3}(?: \d{3})?\b/g));
    expect([...named].sort()).toEqual(CALL_NUMBERS.map((n) => n.number).sort());
  });

  it('dial without spaces', () => {
    expect(CALL_NUMBERS.map(dialString)).toEqual(['112', '911', '999', '988', '116123']);
  });

  it('put the person’s own country first and keep the listed order otherwise', () => {
    const numbers = (country: string | undefined, crisis = false) =>
      callNumbersFor(crisis ? ['emergency', 'crisis-line'] : ['emergency'], country).map((n) => n.number);
    expect(numbers(undefined)).toEqual(['112', '911', '999']);
    expect(numbers('DE')).toEqual(['112', '911', '999']);
    expect(numbers('GB')).toEqual(['999', '112', '911']);
    expect(numbers('US', true)).toEqual(['911', '988', '112', '999', '116 123']);
    expect(numbers('IE', true)).toEqual(['116 123', '112', '911', '999', '988']);
  });
});
