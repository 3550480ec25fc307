import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './calendar-date.js';
import { boundedRange, MAX_RANGE_DAYS } from './date-range.js';

const rule = { latest: '2026-11-26', defaultDays: 14, maxDays: MAX_RANGE_DAYS };

describe('bounded date ranges', () => {
  it('1900–2999 is refused with range_too_long on `to`', () => {
    expect(boundedRange({ from: '1900-01-01', to: '2999-12-31' }, rule)).toEqual({
      ok: false,
      error: { code: 'range_too_long', field: 'to' },
    });
  });

  it('a `from` alone that reaches back more than a year is refused on `from`', () => {
    expect(boundedRange({ from: '1900-01-01' }, rule)).toEqual({
      ok: false,
      error: { code: 'range_too_long', field: 'from' },
    });
  });

  it('accepts exactly 366 days and refuses 367', () => {
    expect(boundedRange({ from: '2024-01-01', to: '2024-12-31' }, rule)).toEqual({
      ok: true,
      value: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(boundedRange({ from: '2023-12-31', to: '2024-12-31' }, rule)).toMatchObject({
      ok: false,
      error: { code: 'range_too_long', field: 'to' },
    });
  });

  it('fills a missing `from` with the default length ending at `to`, and a missing `to` with the latest day', () => {
    expect(boundedRange({ to: '2026-03-14' }, rule)).toEqual({
      ok: true,
      value: { from: '2026-03-01', to: '2026-03-14' },
    });
    expect(boundedRange({}, rule)).toEqual({ ok: true, value: { from: '2026-11-13', to: '2026-11-26' } });
    expect(boundedRange({ from: '2026-11-01' }, rule)).toEqual({
      ok: true,
      value: { from: '2026-11-01', to: '2026-11-26' },
    });
  });

  it('refuses `from` after `to`, also when `to` is the default', () => {
    expect(boundedRange({ from: '2026-12-01' }, rule)).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'from' },
    });
  });

  it('never lets a default be longer than the maximum', () => {
    expect(boundedRange({}, { ...rule, defaultDays: 5000 })).toEqual({
      ok: true,
      value: { from: addDays('2026-11-26', -365), to: '2026-11-26' },
    });
  });

  test.prop([
    fc.integer({ min: -400_000, max: 400_000 }),
    fc.integer({ min: -400_000, max: 400_000 }),
    fc.boolean(),
    fc.boolean(),
  ])('every accepted range is inside the maximum and as asked', (fromOffset, toOffset, giveFrom, giveTo) => {
    const query = {
      ...(giveFrom ? { from: addDays('2026-01-01', fromOffset) } : {}),
      ...(giveTo ? { to: addDays('2026-01-01', toOffset) } : {}),
    };
    const result = boundedRange(query, rule);
    if (!result.ok) return;
    expect(daysBetween(result.value.from, result.value.to) + 1).toBeLessThanOrEqual(MAX_RANGE_DAYS);
    expect(result.value.from <= result.value.to).toBe(true);
    if (query.from !== undefined) expect(result.value.from).toBe(query.from);
    if (query.to !== undefined) expect(result.value.to).toBe(query.to);
  });
});
