import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales.js';

describe('the language a person gets first', () => {
  it('takes the first of the browser’s languages that the app speaks', () => {
    expect(pickLocale(['de-AT', 'en-US'])).toBe('de');
    expect(pickLocale(['fr-FR', 'de', 'en'])).toBe('de');
    expect(pickLocale(['en-GB', 'de-DE'])).toBe('en');
  });

  it('falls back to English when none of them is spoken', () => {
    expect(pickLocale(['fr-FR', 'pl'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
