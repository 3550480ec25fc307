import { useMemo, useRef, useState } from 'preact/hooks';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import { useRecords } from '../../data/web-data-context.js';
import { useDescribeFailure } from '../../describe-failure.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fitForm, formOptions } from '../plan/medicine-choices.js';
import type { FormChoice } from '../plan/plan-draft.js';
import { parseNumber } from '../plan/typed-numbers.js';
import { usePlanWords } from '../plan/plan-words.js';
import { EMPTY_HELD_DOSE, heldDosePlan, medicineViews, type HeldDoseDraft } from './held-dose.js';

type Errors = Partial<Record<'medicationId' | 'currentDoseMg', string>>;
const INPUT_IDS = { medicationId: 'held-medicine', currentDoseMg: 'held-dose' } as const;

/** Step 2 when the prescriber gave a dose: the medicine, its form and today's dose, saved as a plan that keeps it. */
export function DoseStep({ today, onSaved }: { readonly today: string; readonly onSaved: () => void }) {
  const records = useRecords();
  const medicines = useMemo(medicineViews, []);
  const i18n = useI18n();
  const { t } = i18n;
  const words = usePlanWords();
  const describeFailure = useDescribeFailure();
  const [draft, setDraft] = useState<HeldDoseDraft>(EMPTY_HELD_DOSE);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const saving = useRef(false);
  const medication = medicines.find((m) => m.id === draft.medicationId);

  /** A changed field's error has been seen to: it goes, and so does the line pointing at it. */
  function change(next: Partial<HeldDoseDraft>, field: keyof Errors) {
    setDraft({ ...draft, ...next });
    if (errors[field]) {
      setErrors({ ...errors, [field]: undefined });
      setStatus('');
    }
  }

  async function save(event: Event) {
    event.preventDefault();
    // A second tap while the first is on its way does nothing.
    if (saving.current) return;
    const body = heldDosePlan(draft, medication, today);
    if (!body.ok) {
      const field = body.error.field === 'medicationId' ? 'medicationId' : 'currentDoseMg';
      setErrors({ [field]: describeFailure(body.error) });
      setStatus(
        t('error.checkField', {
          field: field === 'medicationId' ? t('firstRun.medicineLabel') : t('firstRun.doseLabel'),
        }),
      );
      document.getElementById(INPUT_IDS[field])?.focus();
      return;
    }
    saving.current = true;
    setErrors({});
    setStatus(t('firstRun.savingDose'));
    const result = await records.savePlan(body.value);
    saving.current = false;
    if (result.ok) {
      setStatus(t('firstRun.savedDose'));
      onSaved();
      return;
    }
    const field = result.error.field === 'medicationId' ? 'medicationId' : 'currentDoseMg';
    if (result.error.field !== undefined) setErrors({ [field]: describeFailure(result.error) });
    setStatus(t('firstRun.notSaved', { reason: describeFailure(result.error) }));
  }

  const choose = t('plan.chooseMedication');
  const mg = parseNumber(draft.dose);
  const limit = medication?.usualRangeLimitMg ?? null;
  // A slip of the finger (250 for 2.5) is caught as it is typed; the prescriber's own high dose still saves.
  const aboveUsual = mg !== undefined && limit !== null && mg > limit;
  return (
    <form class="stack" noValidate onSubmit={(e) => void save(e)}>
      <p>{t('firstRun.doseIntro')}</p>
      <SelectField
        id={INPUT_IDS.medicationId}
        label={t('firstRun.medicineLabel')}
        value={draft.medicationId}
        error={errors.medicationId}
        options={[
          { value: '', label: choose },
          ...medicines.map((m) => ({ value: m.id, label: words.plan.medicationOption(m.name, m.brandNames) })),
        ]}
        onChange={(id) => {
          const next = medicines.find((m) => m.id === id);
          change({ medicationId: id, form: fitForm(draft.form, next) }, 'medicationId');
        }}
      />
      {medication && (
        <SelectField
          id="held-form"
          label={t('firstRun.formLabel')}
          value={draft.form}
          options={formOptions(medication).map((f) => ({
            value: f.kind,
            label: words.plan.formName(f.kind, f.homeMixture),
          }))}
          onChange={(form) => change({ form: form as FormChoice }, 'currentDoseMg')}
        />
      )}
      <TextField
        id={INPUT_IDS.currentDoseMg}
        label={t('firstRun.doseLabel')}
        hint={t('firstRun.doseHint')}
        inputMode="decimal"
        value={draft.dose}
        error={errors.currentDoseMg}
        onInput={(dose) => change({ dose }, 'currentDoseMg')}
      />
      <div aria-live="polite">
        {aboveUsual && (
          <p class="notice" data-testid="held-high-dose">
            {t('firstRun.aboveUsual')}
          </p>
        )}
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="held-dose-status">
        {status}
      </p>
      <button type="submit" class="button button--primary">
        {t('firstRun.saveDose')}
      </button>
    </form>
  );
}
