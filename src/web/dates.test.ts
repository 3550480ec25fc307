import { describe, expect, it } from 'vitest';
import { calendarDaysBefore, localIsoDateTime, localToday } from './dates.js';

describe('local dates', () => {
  it('uses the device calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('writes a date-time with the local offset', () => {
    const now = new Date(2026, 2, 4, 21, 5, 9);
    const text = localIsoDateTime(now);
    expect(text).toMatch(/^2026-03-04T21:05:09[+-]\d{2}:\d{2}$/);
    expect(new Date(text).getTime()).toBe(now.getTime());
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(calendarDaysBefore(new Date(2026, 2, 4, 0, 5), new Date(2026, 2, 4, 23, 55))).toBe(0);
    expect(calendarDaysBefore(new Date(2026, 2, 3, 23, 55), new Date(2026, 2, 4, 0, 5))).toBe(1);
    expect(calendarDaysBefore(new Date(2026, 1, 20, 9), new Date(2026, 2, 4, 8))).toBe(12);
  });
});
