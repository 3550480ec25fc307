import { describe, expect, it } from 'vitest';
import { isFarFromPlanned } from './dose-check.js';

describe('isFarFromPlanned', () => {
  it('is far above twice or below half the planned dose, and never without one', () => {
    expect(isFarFromPlanned(250, 0.9)).toBe(true);
    expect(isFarFromPlanned(1.8, 0.9)).toBe(false);
    expect(isFarFromPlanned(1.81, 0.9)).toBe(true);
    expect(isFarFromPlanned(0.45, 0.9)).toBe(false);
    expect(isFarFromPlanned(0.44, 0.9)).toBe(true);
    expect(isFarFromPlanned(250, undefined)).toBe(false);
    expect(isFarFromPlanned(250, 0)).toBe(false);
  });
});
