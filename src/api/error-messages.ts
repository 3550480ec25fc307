import { MAX_HOLDS_PER_PLAN, MAX_LIVE_SHARES, MAX_STEP_DOSE_TIMES, type ErrorCode } from '../core/index.js';

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
  abrupt_stop:
    'This plan stops the medicine from more than a small dose (the equivalent of 1 mg of diazepam). Stopping suddenly can cause serious withdrawal, including seizures. Plan gradual steps down first. (JCPG 2025, recommendation 2; rate table via NICE CKS)',
  too_fast:
    'Some of these steps cut more than 25% of the dose at once, faster than guidelines advise (or more than half, at a faster pace chosen with a prescriber). Make those cuts smaller. (JCPG 2025, recommendation 6)',
  pace_unreachable:
    'This form cannot measure steps small enough to keep a safe pace. A liquid, or switching to diazepam, would allow smaller steps; ask your prescriber or pharmacist.',
  equivalence_out_of_range:
    'That amount of diazepam is outside the published equivalents (Ashton 2007 and VA/DoD 2021). Choose one of the published figures, or an amount between them.',
  floor_too_high:
    'The floor is higher than the largest dose a plan may stop from (the equivalent of 1 mg of diazepam). Choose a lower floor.',
  unmeasurable_dose:
    'One of the steps is an amount that cannot be measured with this medicine. Choose an amount the form can make.',
  unknown_medication: 'That medication is not in the list.',
  form_unavailable: 'That medication is not available in that form with the strengths given.',
  plan_too_long: `This plan would run longer than ten years, or have more than ${String(MAX_STEP_DOSE_TIMES)} amounts to measure (steps × dose times). Raise the final dose or the floor, choose larger or less frequent cuts, or fewer dose times.`,
  too_many_holds: `This plan has as many holds as one plan keeps (${String(MAX_HOLDS_PER_PLAN)}). Save a new plan from today's dose to add more.`,
  too_many_shares: `This account already has as many live share links as it keeps (${String(MAX_LIVE_SHARES)}). Stop sharing one to make another.`,
  invalid_plan: 'The plan settings do not fit together.',
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
