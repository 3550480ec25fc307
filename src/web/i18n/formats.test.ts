import { describe, expect, it } from 'vitest';
import { createFormats } from './formats.js';

describe('dates and numbers in the active language', () => {
  const en = createFormats('en');
  const de = createFormats('de');

  it('writes a calendar date in English and in German', () => {
    expect(en.weekday('2026-11-30')).toBe('Monday 30 November');
    expect(de.weekday('2026-11-30')).toBe('Montag, 30. November');
    expect(en.short('2026-03-04')).toBe('4 Mar 2026');
    expect(de.short('2026-03-04')).toBe('4. März 2026');
    expect(de.long('2026-11-30')).toBe('Montag, 30. November 2026');
  });

  it('keeps a calendar date on its own day whatever the time zone', () => {
    expect(en.short('2026-01-01')).toBe('1 Jan 2026');
    expect(en.short('2026-12-31')).toBe('31 Dec 2026');
  });

  it('writes numbers and doses with the language’s decimal and grouping marks', () => {
    expect(en.mg(0.375)).toBe('0.375\u00a0mg');
    expect(de.mg(0.375)).toBe('0,375\u00a0mg');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(en.number(0.12345)).toBe('0.123');
  });

  it('joins lists the language’s way', () => {
    expect(en.list(['Morning', 'midday', 'night'])).toBe('Morning, midday and night');
    expect(de.list(['Morgens', 'mittags', 'abends'])).toBe('Morgens, mittags und abends');
  });
});
