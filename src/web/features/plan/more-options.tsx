import { CheckboxField } from '../../components/checkbox-field.js';
import { SelectField } from '../../components/select-field.js';
import { TextField } from '../../components/text-field.js';
import type { SectionProps } from './editor-fields.js';
import { isHomeMixture, tabletStrengths } from './medicine-choices.js';
import { MIX_VOLUMES_ML } from './plan-draft.js';
import { usePlanWords } from './plan-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The tablet strengths the person has: all ticked unless they untick one. */
function Strengths({ draft, errors, update, strengths }: SectionProps & { readonly strengths: readonly number[] }) {
  const { t } = useI18n();
  const w = usePlanWords();
  const error = errors['strengthsMg'];
  return (
    <fieldset
      class="cards"
      id="plan-strengths"
      tabIndex={-1}
      aria-describedby={error ? 'plan-strengths-error plan-strengths-hint' : 'plan-strengths-hint'}
    >
      <legend class="cards__legend">{t('plan.strengthsLegend')}</legend>
      <p class="hint" id="plan-strengths-hint">
        {t('plan.strengthsHint')}
      </p>
      {error && (
        <p class="field__error" id="plan-strengths-error">
          {error}
        </p>
      )}
      {strengths.map((mg) => (
        <CheckboxField
          key={mg}
          id={`plan-strength-${String(mg).replace('.', '-')}`}
          label={w.plan.strengthOption(mg)}
          checked={!draft.strengthsOff.includes(mg)}
          onChange={(checked) =>
            update({
              strengthsOff: checked ? draft.strengthsOff.filter((s) => s !== mg) : [...draft.strengthsOff, mg],
            })
          }
        />
      ))}
    </fieldset>
  );
}

interface Props extends SectionProps {
  /** undefined until the person opens or closes it: then it is open when one of its fields is set. */
  readonly moreOpen: boolean | undefined;
  readonly onMoreToggle: (open: boolean) => void;
}

/** Options few people need (a floor, the water volume, strengths), folded away. */
export function MoreOptions(props: Props) {
  const { t } = useI18n();
  const w = usePlanWords();
  const { draft, medication, errors, update, moreOpen, onMoreToggle } = props;
  const hasFloor = draft.strategy === 'proportional' || draft.strategy === 'linear';
  const homeMixture = isHomeMixture(medication, draft.form);
  const strengths = tabletStrengths(medication, draft.form);
  if (!hasFloor && !homeMixture && strengths.length === 0) return null;
  const open = moreOpen ?? (draft.floorMg !== '' || draft.mixVolumeMl !== '' || draft.strengthsOff.length > 0);
  return (
    <details class="more" open={open} onToggle={(e) => onMoreToggle(e.currentTarget.open)}>
      <summary class="more__summary">{t('plan.moreOptions')}</summary>
      <div class="stack more__body">
        {hasFloor && (
          <TextField
            id="plan-floor"
            label={t('plan.floorMg')}
            hint={t('plan.floorHint')}
            inputMode="decimal"
            value={draft.floorMg}
            error={errors['floorMg']}
            onInput={(floorMg) => update({ floorMg })}
          />
        )}
        {homeMixture && (
          <SelectField
            id="plan-mix"
            label={t('plan.mixVolume')}
            hint={t('plan.mixVolumeHint')}
            value={draft.mixVolumeMl}
            error={errors['mixVolumeMl']}
            options={MIX_VOLUMES_ML.map((ml) => ({ value: ml, label: w.plan.mixVolumeOption(ml) }))}
            onChange={(mixVolumeMl) => update({ mixVolumeMl })}
          />
        )}
        {strengths.length > 0 && <Strengths {...props} strengths={strengths} />}
      </div>
    </details>
  );
}
