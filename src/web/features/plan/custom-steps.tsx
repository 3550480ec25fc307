import { useState } from 'preact/hooks';
import { MAX_CUSTOM_STEPS } from '../../../core/index.js';
import { stepNumber } from './typed-numbers.js';
import type { CustomRow } from './plan-draft.js';
import { NumberStepper } from '../../components/number-stepper.js';
import { TextField } from '../../components/text-field.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

const DAYS = { step: 1, min: 1, max: 365, start: 14 };

interface Props {
  readonly rows: readonly CustomRow[];
  /** Errors by field, e.g. `strategy.steps.1.days`, and `strategy.steps` for the list as a whole. */
  readonly errors: Readonly<Partial<Record<string, string>>>;
  readonly onChange: (rows: readonly CustomRow[]) => void;
}

export const customDoseId = (row: number) => `custom-dose-${String(row + 1)}`;
export const customDaysId = (row: number) => `custom-days-${String(row + 1)}`;

/**
 * "My own steps": one row per step (daily dose in mg and days on it), the last row being the end point.
 * New steps go in before the end point, so the list always ends where the person wants to end.
 */
export function CustomSteps({ rows, errors, onChange }: Props) {
  const { t } = useI18n();
  const w = usePlanWords();
  const [status, setStatus] = useState('');
  const listError = errors['strategy.steps'];

  function setRow(i: number, change: Partial<CustomRow>) {
    onChange(rows.map((row, k) => (k === i ? { ...row, ...change } : row)));
  }

  function add() {
    const at = Math.max(0, rows.length - 1);
    const before = rows[at - 1];
    onChange([...rows.slice(0, at), { doseMg: '', days: before?.days ?? '14' }, ...rows.slice(at)]);
    setStatus(w.plan.stepAdded(at + 1));
    // Straight to the new step's dose, so the keyboard carries on where the eyes are.
    window.setTimeout(() => document.getElementById(customDoseId(at))?.focus(), 0);
  }

  function remove(i: number) {
    onChange(rows.filter((_, k) => k !== i));
    setStatus(w.plan.stepRemoved(i + 1));
    window.setTimeout(() => document.getElementById(customDoseId(Math.max(0, i - 1)))?.focus(), 0);
  }

  return (
    <fieldset
      class="cards custom-steps"
      aria-describedby={listError ? 'custom-steps-error custom-steps-intro' : 'custom-steps-intro'}
    >
      <legend class="cards__legend">{t('plan.customLegend')}</legend>
      <p class="hint" id="custom-steps-intro">
        {t('plan.customIntro')}
      </p>
      {listError && (
        <p class="field__error" id="custom-steps-error">
          {listError}
        </p>
      )}
      <ol class="custom-steps__list" data-testid="custom-steps">
        {rows.map((row, i) => {
          const last = i === rows.length - 1;
          const n = i + 1;
          return (
            <li class="custom-step" key={i}>
              <fieldset class="cards">
                <legend class="custom-step__legend">{last ? w.plan.customEnd(n) : w.plan.customStep(n)}</legend>
                <div class="custom-step__fields">
                  <TextField
                    id={customDoseId(i)}
                    label={last ? t('plan.customEndDose') : t('plan.customDose')}
                    {...(last ? { hint: t('plan.customEndHint') } : {})}
                    inputMode="decimal"
                    value={row.doseMg}
                    error={errors[`strategy.steps.${String(i)}.doseMg`]}
                    onInput={(doseMg) => setRow(i, { doseMg })}
                  />
                  {!last && (
                    <NumberStepper
                      id={customDaysId(i)}
                      label={t('plan.customDays')}
                      value={row.days}
                      error={errors[`strategy.steps.${String(i)}.days`]}
                      lessLabel={w.plan.customDaysLess(n)}
                      moreLabel={w.plan.customDaysMore(n)}
                      onLess={() => setRow(i, { days: stepNumber(row.days, -1, DAYS) })}
                      onMore={() => setRow(i, { days: stepNumber(row.days, 1, DAYS) })}
                      onInput={(days) => setRow(i, { days })}
                    />
                  )}
                </div>
                {rows.length > 1 && (
                  <button
                    type="button"
                    class="button button--quiet"
                    aria-label={w.plan.removeStep(n)}
                    onClick={() => remove(i)}
                  >
                    {t('plan.remove')}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="save-row">
        {rows.length < MAX_CUSTOM_STEPS && (
          <button type="button" class="button" aria-describedby="custom-add-hint" onClick={add}>
            {t('plan.addStep')}
          </button>
        )}
        <p class="hint" id="custom-add-hint">
          {t('plan.addStepHint')}
        </p>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
