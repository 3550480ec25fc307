import { describe, expect, it } from 'vitest';
import { checkPasswordShape, normalizeEmail } from './account.js';

const EMAIL = 'Ann.Lee@Example.org';

describe('checkPasswordShape (finding: length was the only rule)', () => {
  it.each([
    ['aaaaaaaaaa', 'one character repeated'],
    ['          ', 'ten spaces'],
    [' \t \t \t \t \t', 'only blanks'],
    ['ann.lee@example.org', 'the email'],
    ['  ANN.LEE@EXAMPLE.ORG ', 'the email in another case, with spaces'],
    ['ann.lee123'.slice(0, 7), 'too short'],
    ['Ann.Lee', 'the local part (and short)'],
    ['ééééééééééé', 'one accented character repeated'],
    ['🙂🙂🙂🙂🙂', 'five emoji (ten UTF-16 units, five characters)'],
  ])('refuses %j (%s) with weak_password naming the field', (password) => {
    expect(checkPasswordShape(password, EMAIL, 'newPassword')).toEqual({
      ok: false,
      error: { code: 'weak_password', field: 'newPassword' },
    });
  });

  it('refuses the local part when it is long enough to pass the length rule', () => {
    expect(checkPasswordShape('Longer.Local.Part', 'longer.local.part@example.org').ok).toBe(false);
  });

  it.each(['correct horse battery', 'aaaaaaaaab', 'ann.lee@example.org!', '          x'])('accepts %j', (password) => {
    expect(checkPasswordShape(password, EMAIL)).toEqual({ ok: true, value: password });
  });

  it('names the field it is given, password by default', () => {
    expect(checkPasswordShape('short', EMAIL)).toEqual({
      ok: false,
      error: { code: 'weak_password', field: 'password' },
    });
  });

  it('normalises emails by case and surrounding spaces only', () => {
    expect(normalizeEmail('  Ann@Example.ORG ')).toBe('ann@example.org');
  });
});
