import { domainError, type DomainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** Emails are compared without regard to case or surrounding spaces, so "Ann@Example.org " signs in as ann@example.org. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const MIN_PASSWORD_LENGTH = 10;

/**
 * The structural password rules, pure so the web app can check before sending: at least 10 characters (code
 * points), not the email or its local part (whatever the case or surrounding spaces), not all blank, and not one
 * character over and over (spaces count). The server also refuses common and breached passwords.
 */
export function checkPasswordShape(password: string, email: string, field = 'password'): Result<string, DomainError> {
  const characters = Array.from(password); // code points: "🙂" is one character, as a person counts it
  const address = normalizeEmail(email);
  const lowered = password.trim().toLowerCase();
  const localPart = address.slice(0, Math.max(0, address.lastIndexOf('@')));
  const weak =
    characters.length < MIN_PASSWORD_LENGTH ||
    lowered === '' ||
    new Set(characters).size === 1 ||
    lowered === address ||
    (localPart !== '' && lowered === localPart);
  return weak ? err(domainError('weak_password', field)) : ok(password);
}
