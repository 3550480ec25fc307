/**
 * Which new passwords are accepted: the pure structural rules from core, then a list of about 49,000 common and
 * breached passwords (@zxcvbn-ts/language-common). Only entries long enough to pass the length rule are kept.
 */
import { dictionary } from '@zxcvbn-ts/language-common';
import { checkPasswordShape, domainError, MIN_PASSWORD_LENGTH, type DomainError } from '../../core/index.js';

export interface PasswordPolicy {
  /** The refusal for this new password of this email, or undefined when it may be used. */
  refuse(password: string, email: string, field: string): DomainError | undefined;
}

export function createPasswordPolicy(): PasswordPolicy {
  const common = new Set(
    dictionary['passwords-common']
      .filter((p) => Array.from(p).length >= MIN_PASSWORD_LENGTH)
      .map((p) => p.toLowerCase()),
  );
  return {
    refuse(password, email, field) {
      const shape = checkPasswordShape(password, email, field);
      if (!shape.ok) return shape.error;
      return common.has(password.trim().toLowerCase()) ? domainError('weak_password', field) : undefined;
    },
  };
}
