import type { ApiFailure } from '../api/api-result.js';
import { messages } from './messages.js';

const SHORT_WAIT_SECONDS = 30;

/**
 * Turns an API failure into the words a person reads. When one field is to blame, the message
 * names it; `nameOf` can give a friendlier name (a symptom's name for `symptoms.tremor`).
 */
export function describeFailure(
  error: Pick<ApiFailure, 'code' | 'field' | 'retryAfterSeconds'>,
  nameOf?: (field: string) => string | undefined,
): string {
  const { code, field } = error;
  // Past the sign-in ceiling the server asks for seconds, not minutes (docs/adr/0009).
  if (
    code === 'rate_limited' &&
    error.retryAfterSeconds !== undefined &&
    error.retryAfterSeconds <= SHORT_WAIT_SECONDS
  ) {
    return messages.errors.waitSeconds;
  }
  const specific =
    field === undefined
      ? undefined
      : code === 'invalid_input'
        ? messages.errors.fieldInvalid(field)
        : code === 'invalid_plan'
          ? messages.errors.planInvalid(field)
          : undefined;
  const text = specific ?? messages.errors.fromCode(code);
  if (field === undefined) return text;
  const name = nameOf?.(field) ?? messages.errors.fieldName(field);
  return messages.errors.withField(name, text);
}
