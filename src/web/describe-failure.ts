import type { ApiFailure } from '../api/api-result.js';
import type { PlanErrorCode } from '../core/index.js';
import { knownWord, type Translate } from './i18n/catalogue.js';
import { useI18n, type I18n } from './i18n/i18n-context.js';

const SHORT_WAIT_SECONDS = 30;

type Failure = Pick<ApiFailure, 'code' | 'field' | 'retryAfterSeconds'>;
type NameOf = (field: string) => string | undefined;

/** "strategy.steps.2.days" → { row: 2, part: "days" } for the rows of "my own steps". */
function customStepField(field: string): { readonly row: number; readonly part: string } | undefined {
  const match = /^strategy\.steps\.(\d+)\.(doseMg|days)$/.exec(field);
  return match ? { row: Number(match[1]), part: match[2] ?? '' } : undefined;
}

/** What a form field is called: "Dose taken", "Step 3, days"; the field's own name if the app has none. */
export function fieldName(t: Translate, field: string): string {
  const row = customStepField(field);
  if (row) return t('field.customStep', { row: row.row + 1, part: row.part });
  const parts = field.split('.');
  const ids = [field, parts.slice(0, 2).join('.'), parts[0] ?? ''].map((f) => `field.${f}`);
  for (const id of ids) {
    const word = knownWord(t, id);
    if (word !== undefined) return word;
  }
  return field;
}

/** A specific explanation when one field's value is not valid, or undefined. */
export function fieldInvalid(t: Translate, field: string): string | undefined {
  const row = customStepField(field);
  return knownWord(t, `invalid.${row ? `strategy.steps.${row.part}` : field}`);
}

/** Plain words for an error code; the planner's refusals are in the plan feature's catalogue (plan.refusal.*). */
export function codeWords(t: Translate, code: Failure['code']): string {
  return knownWord(t, `plan.refusal.${code}`) ?? t(`error.${code as Exclude<Failure['code'], PlanErrorCode>}`);
}

/**
 * Turns an API failure into the words a person reads. When one field is to blame, the message
 * names it; `nameOf` can give a friendlier name (a symptom's name for `symptoms.tremor`).
 */
export function describeFailure(t: Translate, error: Failure, nameOf?: NameOf): string {
  const { code, field } = error;
  // Past the sign-in ceiling the server asks for seconds, not minutes (docs/adr/0009).
  if (
    code === 'rate_limited' &&
    error.retryAfterSeconds !== undefined &&
    error.retryAfterSeconds <= SHORT_WAIT_SECONDS
  ) {
    return t('error.waitSeconds');
  }
  const specific =
    field === undefined
      ? undefined
      : code === 'invalid_input'
        ? fieldInvalid(t, field)
        : code === 'invalid_plan'
          ? knownWord(t, `planInvalid.${field}`)
          : undefined;
  const text = specific ?? codeWords(t, code);
  if (field === undefined) return text;
  return t('error.withField', { field: nameOf?.(field) ?? fieldName(t, field), text });
}

/** "Email: Please enter your email address." */
export const withField = (t: Translate, field: string, text: string): string => t('error.withField', { field, text });

/** "Not saved yet. Please check “Note” above." */
export const checkField = (t: Translate, field: string): string => t('error.checkField', { field });

/** "Please check “Email” and “Password” above." */
export function checkFields({ t, f }: Pick<I18n, 't' | 'f'>, fields: readonly string[]): string {
  return t('error.checkFields', { fields: f.list(fields.map((name) => t('error.quoted', { name }))) });
}

/** describeFailure in the active language, for screens and hooks. */
export function useDescribeFailure(): (error: Failure, nameOf?: NameOf) => string {
  const { t } = useI18n();
  return (error, nameOf) => describeFailure(t, error, nameOf);
}
