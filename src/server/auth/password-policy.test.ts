import { describe, expect, it } from 'vitest';
import { createPasswordPolicy } from './password-policy.js';

describe('password policy (finding: length was the only rule)', () => {
  const policy = createPasswordPolicy();

  it.each(['password123', 'qwertyuiop', '1234567890', 'Basketball', ' 1q2w3e4r5t '])(
    'refuses the common password %j',
    (password) => {
      expect(policy.refuse(password, 'ann@example.org', 'password')).toEqual({
        code: 'weak_password',
        field: 'password',
      });
    },
  );

  it('refuses what the structural rules refuse, naming the field', () => {
    expect(policy.refuse('ann@example.org', 'ann@example.org', 'newPassword')).toEqual({
      code: 'weak_password',
      field: 'newPassword',
    });
    expect(policy.refuse('aaaaaaaaaa', 'ann@example.org', 'password')).toEqual({
      code: 'weak_password',
      field: 'password',
    });
  });

  it('accepts an uncommon passphrase', () => {
    expect(policy.refuse('correct horse battery', 'ann@example.org', 'password')).toBeUndefined();
  });
});
