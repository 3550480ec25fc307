import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isCalendarDate, toDayNumber } from './calendar-date.js';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '1999-01-01'])('accepts the real date %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01-01T00:00', ''])(
    'rejects %j',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );

  it('counts days across month, year and leap-day boundaries', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  test.prop([
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }),
  ])('agrees with the JavaScript calendar and round-trips', (date) => {
    const iso = date.toISOString().slice(0, 10);
    expect(isCalendarDate(iso)).toBe(true);
    expect(toDayNumber(iso)).toBe(Math.floor(date.getTime() / 86_400_000));
    expect(fromDayNumber(toDayNumber(iso))).toBe(iso);
  });
});
