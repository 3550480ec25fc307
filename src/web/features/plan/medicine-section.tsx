import type { MedicationView } from '../../../api/plan-schemas.js';
import { RadioCards } from '../../components/radio-cards.js';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import type { SectionProps } from './editor-fields.js';
import { HighDoseNotice } from './high-dose-notice.js';
import { MedicationFacts } from './medication-facts.js';
import { DEFAULT_TIME_LABELS, TIME_LABELS, type FormChoice, type TimeLabel } from './plan-draft.js';
import { fitForm, formOptions } from './medicine-choices.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** When in the day, and how the day's dose is split between the times. */
function DoseTimes({ draft, errors, update }: SectionProps) {
  const { t } = useI18n();
  const w = usePlanWords();
  const times = draft.timeLabels.slice(0, draft.timesPerDay);
  return (
    <>
      <RadioCards
        name="times"
        compact
        legend={t('plan.timesLegend')}
        value={String(draft.timesPerDay) as '1' | '2' | '3'}
        error={errors['doseTimes']}
        cards={(['1', '2', '3'] as const).map((n) => ({ value: n, label: w.plan.timesOption(Number(n)) }))}
        onChange={(n) => {
          const labels = DEFAULT_TIME_LABELS[Number(n)] ?? [];
          update({
            timesPerDay: Number(n),
            timeLabels: [...labels, ...TIME_LABELS.filter((l) => !labels.includes(l))],
          });
        }}
      />
      {times.map((label, i) => (
        <SelectField
          key={i}
          id={`plan-time-${String(i + 1)}`}
          label={w.plan.timeLabel(i + 1)}
          value={label}
          options={TIME_LABELS.map((l) => ({ value: l, label: w.plan.timeName(l) }))}
          onChange={(value) => {
            const next = [...draft.timeLabels];
            next[i] = value as TimeLabel;
            update({ timeLabels: next });
          }}
        />
      ))}
      {draft.timesPerDay > 1 && (
        <RadioCards
          name="split"
          compact
          legend={t('plan.splitLegend')}
          value={draft.split}
          cards={[
            { value: 'equal', label: t('plan.splitEqual') },
            { value: 'own', label: t('plan.splitOwn') },
          ]}
          onChange={(split) => update({ split })}
        />
      )}
      {draft.timesPerDay > 1 &&
        draft.split === 'own' &&
        times.map((label, i) => (
          <TextField
            key={label}
            id={`plan-time-mg-${String(i + 1)}`}
            label={w.plan.timeMg(label)}
            inputMode="decimal"
            value={draft.timeMg[i] ?? ''}
            onInput={(mg) => {
              const next = [...draft.timeMg];
              next[i] = mg;
              update({ timeMg: next });
            }}
          />
        ))}
    </>
  );
}

/** The first part of the form: which medicine, in which form, how much a day, and when. */
export function MedicineSection(props: SectionProps & { readonly medications: readonly MedicationView[] }) {
  const { t } = useI18n();
  const w = usePlanWords();
  const { draft, medication, medications, errors, update } = props;
  return (
    <section class="stack panel" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('plan.aboutHeading')}</h2>
      <SelectField
        id="plan-medication"
        label={t('plan.medication')}
        value={draft.medicationId}
        error={errors['medicationId']}
        options={medications.map((m) => ({ value: m.id, label: w.plan.medicationOption(m.name, m.brandNames) }))}
        onChange={(id) => {
          const next = medications.find((m) => m.id === id);
          update({
            medicationId: id,
            form: fitForm(draft.form, next),
            equivalent: '',
            strengthsOff: [],
            strategy: next?.id === 'diazepam' && draft.strategy === 'crossover' ? 'proportional' : draft.strategy,
          });
        }}
      />
      {medication && <MedicationFacts medication={medication} />}
      <SelectField
        id="plan-form"
        label={t('plan.form')}
        hint={t('plan.formHint')}
        value={draft.form}
        error={errors['form']}
        options={formOptions(medication).map((f) => ({ value: f.kind, label: w.plan.formName(f.kind, f.homeMixture) }))}
        onChange={(form) => update({ form: form as FormChoice, strengthsOff: [] })}
      />
      <TextField
        id="plan-dose"
        label={t('plan.dose')}
        hint={t('plan.doseHint')}
        inputMode="decimal"
        value={draft.dose}
        error={errors['currentDoseMg']}
        onInput={(dose) => update({ dose })}
      />
      <HighDoseNotice medication={medication} dose={draft.dose} />
      <DoseTimes {...props} />
    </section>
  );
}
