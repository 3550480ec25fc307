import { useI18n } from '../../i18n/i18n-context.js';
import { stepSleep } from './checkin-form.js';

interface Props {
  readonly value: string;
  readonly error: string | undefined;
  /** Filled in from the day before, not typed: the hint says so. */
  readonly filled: boolean;
  readonly onChange: (value: string) => void;
}

/** Hours slept: big −/+ buttons in half hours around a plain number field that takes quarter hours. */
export function SleepStepper({ value, error, filled, onChange }: Props) {
  const { t } = useI18n();
  const hintId = 'sleep-hint';
  const errorId = 'sleep-error';
  return (
    <div class="field">
      <label class="field__label" for="sleep-hours">
        {t('today.sleepLabel')}
      </label>
      <p class="hint" id={hintId}>
        {filled ? t('today.sleepFromYesterday') : t('today.sleepHint')}
      </p>
      {error && (
        <p class="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div class="stepper">
        <button
          type="button"
          class="button stepper__button"
          aria-label={t('today.sleepLess')}
          onClick={() => onChange(stepSleep(value, -1))}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id="sleep-hours"
          class="input stepper__input"
          type="number"
          inputMode="decimal"
          min="0"
          max="24"
          step="0.25"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
        <button
          type="button"
          class="button stepper__button"
          aria-label={t('today.sleepMore')}
          onClick={() => onChange(stepSleep(value, 1))}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          class="button button--quiet"
          aria-label={t('today.sleepClearLabel')}
          disabled={value === ''}
          onClick={() => onChange('')}
        >
          {t('today.sleepClear')}
        </button>
      </div>
    </div>
  );
}
