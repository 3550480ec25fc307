import { describe, expect, it } from 'vitest';
import { CALL_NUMBERS, callNumbersFor, dialString } from './call-numbers.js';

describe('numbers to call', () => {
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
