import { describe, expect, it } from 'vitest';
import { stepNumber } from './typed-numbers.js';

describe('typed numbers', () => {
  it('steps numbers within limits', () => {
    expect(stepNumber('25', 1, { step: 1, min: 1, max: 25, start: 10 })).toBe('25');
    expect(stepNumber('', -1, { step: 1, min: 1, max: 25, start: 10 })).toBe('10');
  });
});
