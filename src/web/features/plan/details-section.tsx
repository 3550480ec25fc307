import { CheckboxField } from '../../components/checkbox-field.js';
import { RadioCards } from '../../components/radio-cards.js';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import type { SectionProps } from './editor-fields.js';
import { MoreOptions } from './more-options.js';
import { diazepamEquivalent } from './medicine-choices.js';
import { SYRINGE_ML } from './plan-draft.js';
import { planWords } from './plan-words.js';

const t = planWords.plan;

function StartDate({ draft, errors, update }: SectionProps) {
  const error = errors['startDate'];
  return (
    <div class="field">
      <label class="field__label" for="plan-start">
        {t.startDate}
      </label>
      <p class="hint" id="plan-start-hint">
        {t.startDateHint}
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
  const crossover = draft.strategy === 'crossover';
  if (draft.strategy === 'custom')
    return errors['endpointMg'] ? <p class="field__error">{errors['endpointMg']}</p> : null;
  return (
    <>
      <RadioCards
        name="endpoint"
        compact
        legend={t.endpointLegend}
        value={draft.endpoint}
        cards={[
          { value: 'stop', label: t.endpointStop },
          { value: 'maintain', label: t.endpointMaintain },
        ]}
        onChange={(endpoint) => update({ endpoint })}
      />
      {draft.endpoint === 'maintain' && (
        <TextField
          id="plan-maintain"
          label={crossover ? t.maintainMgDiazepam : t.maintainMg}
          {...(crossover ? { hint: t.maintainHintDiazepam(diazepamEquivalent(draft, medication)) } : {})}
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
  const { draft, errors, update } = props;
  const usesSyringe = draft.form === 'liquid' || (draft.strategy === 'crossover' && draft.diazepamForm === 'liquid');
  return (
    <section class="stack panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t.detailsHeading}</h2>
      <StartDate {...props} />
      <Endpoint {...props} />
      <RadioCards
        name="pace"
        legend={t.paceLegend}
        value={draft.fasterPace ? 'faster' : 'guideline'}
        cards={[
          { value: 'guideline', label: t.paceGuideline, hint: t.paceGuidelineHint },
          { value: 'faster', label: t.paceFaster, hint: t.paceFasterHint },
        ]}
        onChange={(pace) => update({ fasterPace: pace === 'faster' })}
      />
      <CheckboxField
        id="plan-daily"
        label={t.takenDaily}
        checked={draft.takenDaily}
        onChange={(takenDaily) => update({ takenDaily })}
      />
      <CheckboxField
        id="plan-epilepsy"
        label={t.epilepsy}
        checked={draft.epilepsy}
        onChange={(epilepsy) => update({ epilepsy })}
      />
      {usesSyringe && (
        <SelectField
          id="plan-syringe"
          label={t.syringe}
          hint={t.syringeHint}
          value={draft.syringeMl}
          error={errors['syringeMl']}
          options={SYRINGE_ML.map((ml) => ({ value: ml, label: t.syringeOption(ml) }))}
          onChange={(syringeMl) => update({ syringeMl })}
        />
      )}
      <MoreOptions {...props} />
    </section>
  );
}
