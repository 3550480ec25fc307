import { TextField } from '../../components/text-field.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CheckinDraft } from './checkin-form.js';
import { NoteField } from './note-field.js';
import { SleepStepper } from './sleep-stepper.js';
import type { FieldErrors } from './use-checkin-save.js';

/** How the day's dose is recorded in the check-in: a field, the dose log's total, or (two medicines) the log alone. */
export type DoseSource =
  | { readonly kind: 'field'; readonly filled: boolean; readonly today: boolean }
  | { readonly kind: 'log'; readonly mg: number }
  | { readonly kind: 'switch' };

interface Props {
  /** The draft as it will be saved (prefilled fields included). */
  readonly shown: CheckinDraft & { readonly sleepFilled: boolean };
  readonly dose: DoseSource;
  readonly edit: { readonly errors: FieldErrors; readonly onChange: (change: Partial<CheckinDraft>) => void };
}

/** Sleep, dose and a note. */
export function CheckinDetails({ shown, dose, edit }: Props) {
  const { t, f } = useI18n();
  const { errors, onChange } = edit;
  return (
    <section class="stack" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('today.detailsHeading')}</h2>
      <SleepStepper
        value={shown.sleep}
        filled={shown.sleepFilled}
        error={errors.sleepHours}
        onChange={(sleep) => onChange({ sleep })}
      />
      {dose.kind === 'log' && <p data-testid="dose-from-log">{t('today.doseFromLog', { mg: f.mg(dose.mg) })}</p>}
      {dose.kind === 'switch' && (
        <p class="hint" data-testid="dose-in-log">
          {t('today.doseInLog')}
        </p>
      )}
      {dose.kind === 'field' && (
        <TextField
          id="dose"
          label={dose.today ? t('today.doseLabel') : t('today.doseLabelPast')}
          hint={dose.filled ? t('today.doseFromPlan') : t('today.doseHint')}
          inputMode="decimal"
          autoComplete="off"
          value={shown.dose}
          error={errors.doseMg}
          onInput={(value) => onChange({ dose: value })}
        />
      )}
      <NoteField value={shown.note} error={errors.note} onInput={(note) => onChange({ note })} />
    </section>
  );
}
