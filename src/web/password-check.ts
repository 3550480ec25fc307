/**
 * The structural password rules checked on the device before sending, so a person sees what is wrong at once.
 * The rule itself is core's (the server applies the same one, then its list of common passwords).
 */
// From core/account.js itself, not core/index.js: the sign-in screen loads this, and the index pulled ~5 KB gzip more
// into the check-in screen's first load (48.7 KB against 53.6 KB; the goal is 50 KB, npm run bench).
import { checkPasswordShape, MIN_PASSWORD_LENGTH } from '../core/index.js';
import { withField } from './describe-failure.js';
import type { Translate } from './i18n/catalogue.js';

export type PasswordShapeProblem = { readonly kind: 'short'; readonly missing: number } | { readonly kind: 'other' };

/** Why the password does not fit the rules, or undefined when it does (an empty one is "missing", not weak). */
export function passwordShapeProblem(password: string, email: string): PasswordShapeProblem | undefined {
  if (password === '' || checkPasswordShape(password, email).ok) return undefined;
  // Characters as a person counts them (code points), the same count core uses.
  const length = Array.from(password).length;
  return length < MIN_PASSWORD_LENGTH ? { kind: 'short', missing: MIN_PASSWORD_LENGTH - length } : { kind: 'other' };
}

/** What is wrong with a password being chosen, in plain words naming its field; undefined when it fits. */
export function passwordProblem(
  t: Translate,
  password: string,
  field: { readonly email: string; readonly name: string },
): string | undefined {
  if (password === '') return withField(t, field.name, t('invalid.password'));
  const problem = passwordShapeProblem(password, field.email);
  if (!problem) return undefined;
  return withField(
    t,
    field.name,
    problem.kind === 'short' ? t('password.short', { missing: problem.missing }) : t('password.other'),
  );
}
