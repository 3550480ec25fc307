import { useI18n } from '../../i18n/i18n-context.js';

interface Props {
  /** Unique on the screen: the check-in and the dose form may both ask. */
  readonly id: string;
  readonly typed: number;
  readonly planned: number;
  readonly answer: { readonly onYes: () => void; readonly onNo: () => void };
}

/** "250 mg is far from the planned 0.9 mg. Save anyway?": asked in place, with two big answers, never a dialog. */
export function UnusualDose({ id, typed, planned, answer }: Props) {
  const { t, f } = useI18n();
  return (
    <div class="unusual notice stack" role="group" aria-labelledby={id} data-testid="unusual-dose">
      <p id={id} role="alert">
        {t('today.far', { typed: f.mg(typed), planned: f.mg(planned) })}
      </p>
      <div class="big-choices">
        <button type="button" class="button big-choice" onClick={answer.onYes}>
          {t('today.farYes')}
        </button>
        <button type="button" class="button big-choice" onClick={answer.onNo}>
          {t('today.farNo')}
        </button>
      </div>
    </div>
  );
}
