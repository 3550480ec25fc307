import { describe, expect, it } from 'vitest';
import { AT_HAND, createTranslator, englishMessages, loadMessages } from './i18n/catalogue.js';
import { passwordProblem, passwordShapeProblem } from './password-check.js';

const t = createTranslator('en', englishMessages());

describe('passwordShapeProblem', () => {
  it('accepts a long passphrase and says nothing about an empty field', () => {
    expect(passwordShapeProblem('a calm long passphrase', 'ann@example.org')).toBeUndefined();
    expect(passwordShapeProblem('', 'ann@example.org')).toBeUndefined();
  });

  it('counts how many characters are missing, as a person counts them', () => {
    expect(passwordShapeProblem('abc', 'ann@example.org')).toEqual({ kind: 'short', missing: 7 });
    expect(passwordShapeProblem('🙂🙂🙂🙂🙂🙂🙂🙂🙂', 'ann@example.org')).toEqual({ kind: 'short', missing: 1 });
  });

  it('refuses the email, its local part and one character over and over, whatever their length', () => {
    expect(passwordShapeProblem('Longname@Example.org', 'longname@example.org')).toEqual({ kind: 'other' });
    expect(passwordShapeProblem('annabellelee', 'annabellelee@example.org')).toEqual({ kind: 'other' });
    expect(passwordShapeProblem('aaaaaaaaaaaa', 'ann@example.org')).toEqual({ kind: 'other' });
  });
});

describe('passwordProblem', () => {
  it('names the field and says what to change', () => {
    expect(passwordProblem(t, '', { email: 'ann@example.org', name: 'New password' })).toBe(
      'New password: Please use at least 10 characters.',
    );
    expect(passwordProblem(t, 'abcdefghi', { email: 'ann@example.org', name: 'New password' })).toBe(
      'New password: 1 more character needed (at least 10).',
    );
    expect(passwordProblem(t, 'abc', { email: 'ann@example.org', name: 'Password' })).toBe(
      'Password: 7 more characters needed (at least 10).',
    );
    expect(passwordProblem(t, 'ANN@example.org', { email: 'ann@example.org', name: 'Password' })).toMatch(
      /^Password: .*your email address/,
    );
  });

  it('says it in German too, with German plurals', async () => {
    const de = createTranslator('de', await loadMessages('de', AT_HAND));
    expect(passwordProblem(de, 'abcdefghi', { email: 'ann@example.org', name: 'Passwort' })).toBe(
      'Passwort: Noch 1 Zeichen nötig (mindestens 10).',
    );
  });

  it('says nothing about a password that fits the rules', () => {
    expect(
      passwordProblem(t, 'a calm long passphrase', { email: 'ann@example.org', name: 'Password' }),
    ).toBeUndefined();
  });
});
