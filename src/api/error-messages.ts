import { MAX_HOLDS_PER_PLAN, REFUSALS, type ErrorCode } from '../core/index.js';

/**
 * The `message` sent with each error code on the wire: short, plain English for developers and
 * API users. People using the web app read the words in src/web/messages.ts instead.
 */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  invalid_input: 'The request has a field that is missing or not valid.',
  unauthenticated: 'Sign in first.',
  invalid_credentials: 'That email and password do not match an account.',
  csrf_failed: 'The request is missing a valid x-csrf-token header. Get one from GET /api/v1/csrf.',
  not_found: 'Nothing was found there.',
  payload_too_large: 'The request body is larger than 64 KB.',
  unsupported_media_type: 'Send the body as application/json.',
  date_in_future: 'That date is in the future.',
  unknown_symptom: 'That symptom is not in the catalogue.',
  abrupt_stop: REFUSALS.abrupt_stop,
  too_fast: REFUSALS.too_fast,
  pace_unreachable: REFUSALS.pace_unreachable,
  equivalence_out_of_range: REFUSALS.equivalence_out_of_range,
  floor_too_high: REFUSALS.floor_too_high,
  unmeasurable_dose: REFUSALS.unmeasurable_dose,
  unknown_medication: REFUSALS.unknown_medication,
  form_unavailable: REFUSALS.form_unavailable,
  plan_too_long: REFUSALS.plan_too_long,
  too_many_holds: `This plan has as many holds as one plan keeps (${String(MAX_HOLDS_PER_PLAN)}). Save a new plan from today's dose to add more.`,
  invalid_plan: REFUSALS.invalid_plan,
  range_too_long: 'The date range is longer than this request allows.',
  invalid_text: 'The text contains characters that cannot be stored (a NUL character or a broken surrogate pair).',
  weak_password:
    'Choose a password of at least 10 characters that is not your email, not one repeated character, and not a common password.',
  wrong_password: 'Your current password is not right.',
  request_timeout: 'The request took too long to arrive.',
  rate_limited: 'Too many attempts. Wait a few minutes and try again.',
  unavailable: 'The server cannot reach its database right now.',
  internal: 'Something went wrong on the server. Nothing you sent was changed.',
};

export function describeError(code: ErrorCode, field?: string): string {
  const base = ERROR_MESSAGES[code];
  return field === undefined ? base : `${base} Field: ${field}.`;
}
