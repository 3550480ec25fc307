/**
 * The closed vocabulary of failures. Every layer speaks in these codes; the server maps each to one
 * HTTP status (src/server/http-errors.ts) and the web app and CLI render each to words (messages).
 */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'invalid_credentials',
  'csrf_failed',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'date_in_future',
  'unknown_symptom',
  'abrupt_stop',
  'too_fast',
  'pace_unreachable',
  'equivalence_out_of_range',
  'floor_too_high',
  'unmeasurable_dose',
  'unknown_medication',
  'form_unavailable',
  'plan_too_long',
  'too_many_holds',
  'too_many_shares',
  'invalid_plan',
  'range_too_long',
  'invalid_text',
  'weak_password',
  'wrong_password',
  'request_timeout',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DomainError {
  readonly code: ErrorCode;
  /** Dotted path of the offending input field, when one field is to blame. */
  readonly field?: string;
}

export function domainError(code: ErrorCode, field?: string): DomainError {
  return field === undefined ? { code } : { code, field };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
