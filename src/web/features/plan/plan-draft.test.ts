import { describe, expect, it } from 'vitest';
import { nextMonday } from './plan-draft.js';

describe('the plan draft', () => {
  it('starts on the next Monday', () => {
    expect(nextMonday('2026-11-25')).toBe('2026-11-30');
    expect(nextMonday('2026-11-30')).toBe('2026-12-07');
  });
});
