import { describe, expect, it } from 'vitest';
import { passwordProblem, passwordShapeProblem } from './password-check.js';

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
    expect(passwordProblem('', 'ann@example.org', 'New password')).toBe(
      'New password: Please use at least 10 characters.',
    );
    expect(passwordProblem('abcdefghi', 'ann@example.org', 'New password')).toBe(
      'New password: 1 more character needed (at least 10).',
    );
    expect(passwordProblem('abc', 'ann@example.org', 'Password')).toBe(
      'Password: 7 more characters needed (at least 10).',
    );
    expect(passwordProblem('ANN@example.org', 'ann@example.org', 'Password')).toMatch(
      /^Password: .*your email address/,
    );
  });

  it('says nothing about a password that fits the rules', () => {
    expect(passwordProblem('a calm long passphrase', 'ann@example.org', 'Password')).toBeUndefined();
  });
});
