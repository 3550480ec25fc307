import { CheckboxField } from '../../components/checkbox-field.js';
import { RadioCards } from '../../components/radio-cards.js';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import type { SectionProps } from './editor-fields.js';
import { MoreOptions } from './more-options.js';
import { diazepamEquivalent } from './medicine-choices.js';
import { SYRINGE_ML } from './plan-draft.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

function StartDate({ draft, errors, update }: SectionProps) {
  const { t } = useI18n();
  const error = errors['startDate'];
  return (
    <div class="field">
      <label class="field__label" for="plan-start">
        {t('plan.startDate')}
      </label>
      <p class="hint" id="plan-start-hint">
        {t('plan.startDateHint')}
      </p>
      {error && (
        <p class="field__error" id="plan-start-error">
          {error}
        </p>
      )}
      <input
        id="plan-start"
        class="input"
        type="date"
        value={draft.startDate}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'plan-start-error plan-start-hint' : 'plan-start-hint'}
        onInput={(e) => update({ startDate: e.currentTarget.value })}
      />
    </div>
  );
}

/** Stop, or stay on a smaller dose (with my own steps, the last row is the end point instead). */
function Endpoint({ draft, medication, errors, update }: SectionProps) {
  const { t } = useI18n();
  const w = usePlanWords();
  const crossover = draft.strategy === 'crossover';
  if (draft.strategy === 'custom')
    return errors['endpointMg'] ? <p class="field__error">{errors['endpointMg']}</p> : null;
  return (
    <>
      <RadioCards
        name="endpoint"
        compact
        legend={t('plan.endpointLegend')}
        value={draft.endpoint}
        cards={[
          { value: 'stop', label: t('plan.endpointStop') },
          { value: 'maintain', label: t('plan.endpointMaintain') },
        ]}
        onChange={(endpoint) => update({ endpoint })}
      />
      {draft.endpoint === 'maintain' && (
        <TextField
          id="plan-maintain"
          label={crossover ? t('plan.maintainMgDiazepam') : t('plan.maintainMg')}
          {...(crossover ? { hint: w.plan.maintainHintDiazepam(diazepamEquivalent(draft, medication)) } : {})}
          inputMode="decimal"
          value={draft.maintainMg}
          error={errors['endpointMg']}
          onInput={(maintainMg) => update({ maintainMg })}
        />
      )}
    </>
  );
}

/** The third part of the form: when, how far, how fast, and what the person measures with. */
export function DetailsSection(
  props: SectionProps & { readonly moreOpen: boolean | undefined; readonly onMoreToggle: (open: boolean) => void },
) {
  const { t } = useI18n();
  const w = usePlanWords();
  const { draft, errors, update } = props;
  const usesSyringe = draft.form === 'liquid' || (draft.strategy === 'crossover' && draft.diazepamForm === 'liquid');
  return (
    <section class="stack panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('plan.detailsHeading')}</h2>
      <StartDate {...props} />
      <Endpoint {...props} />
      <RadioCards
        name="pace"
        legend={t('plan.paceLegend')}
        value={draft.fasterPace ? 'faster' : 'guideline'}
        cards={[
          { value: 'guideline', label: t('plan.paceGuideline'), hint: t('plan.paceGuidelineHint') },
          { value: 'faster', label: t('plan.paceFaster'), hint: t('plan.paceFasterHint') },
        ]}
        onChange={(pace) => update({ fasterPace: pace === 'faster' })}
      />
      <CheckboxField
        id="plan-daily"
        label={t('plan.takenDaily')}
        checked={draft.takenDaily}
        onChange={(takenDaily) => update({ takenDaily })}
      />
      <CheckboxField
        id="plan-epilepsy"
        label={t('plan.epilepsy')}
        checked={draft.epilepsy}
        onChange={(epilepsy) => update({ epilepsy })}
      />
      {usesSyringe && (
        <SelectField
          id="plan-syringe"
          label={t('plan.syringe')}
          hint={t('plan.syringeHint')}
          value={draft.syringeMl}
          error={errors['syringeMl']}
          options={SYRINGE_ML.map((ml) => ({ value: ml, label: w.plan.syringeOption(ml) }))}
          onChange={(syringeMl) => update({ syringeMl })}
        />
      )}
      <MoreOptions {...props} />
    </section>
  );
}
