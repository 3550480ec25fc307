import { describe, expect, it } from 'vitest';
import { dayKind, pickableDay } from './day-choice.js';

describe('the day a check-in is for', () => {
  it('names today, yesterday and earlier days', () => {
    expect(dayKind('2026-11-25', '2026-11-25')).toBe('today');
    expect(dayKind('2026-11-24', '2026-11-25')).toBe('yesterday');
    expect(dayKind('2026-10-01', '2026-11-25')).toBe('earlier');
  });

  it('takes a real date up to today, and refuses days to come and dates that do not exist', () => {
    expect(pickableDay('2026-11-25', '2026-11-25')).toBe('ok');
    expect(pickableDay('2026-11-26', '2026-11-25')).toBe('future');
    expect(pickableDay('2026-02-30', '2026-11-25')).toBe('invalid');
    expect(pickableDay('', '2026-11-25')).toBe('invalid');
  });
});
