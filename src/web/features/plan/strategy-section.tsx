import { NumberStepper } from '../../components/number-stepper.js';
import { RadioCards, type RadioCard } from '../../components/radio-cards.js';
import { TextField } from '../../components/text-field.js';
import { CustomSteps } from './custom-steps.js';
import type { SectionProps } from './editor-fields.js';
import { equivalents } from './medicine-choices.js';
import { stepNumber } from './typed-numbers.js';
import type { DiazepamForm, EquivalentTable, StrategyChoice } from './plan-draft.js';
import { usePlanWords } from './plan-words.js';
import type { Translate } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n-context.js';

const PERCENT = { step: 1, min: 1, max: 25, start: 10 };
const INTERVAL = { step: 1, min: 7, max: 56, start: 14 };
const INTERVAL_LINEAR = { ...INTERVAL, min: 1 };

function strategyCards(t: Translate, medicationId: string | undefined): RadioCard<StrategyChoice>[] {
  const cards: RadioCard<StrategyChoice>[] = [
    { value: 'proportional', label: t('plan.proportional'), hint: t('plan.proportionalHint') },
    { value: 'linear', label: t('plan.linear'), hint: t('plan.linearHint') },
  ];
  if (medicationId !== undefined && medicationId !== 'diazepam')
    cards.push({ value: 'crossover', label: t('plan.crossover'), hint: t('plan.crossoverHint') });
  cards.push({ value: 'custom', label: t('plan.custom'), hint: t('plan.customHint') });
  return cards;
}

/** Percent or mg per cut, and the days between cuts. */
function CutFields({ draft, errors, update }: SectionProps) {
  const { t } = useI18n();
  const interval = draft.strategy === 'linear' ? INTERVAL_LINEAR : INTERVAL;
  return (
    <>
      {draft.strategy === 'proportional' && (
        <NumberStepper
          id="plan-percent"
          label={t('plan.percent')}
          hint={t('plan.percentHint')}
          value={draft.percent}
          error={errors['strategy.percent']}
          lessLabel={t('plan.percentLess')}
          moreLabel={t('plan.percentMore')}
          onLess={() => update({ percent: stepNumber(draft.percent, -1, PERCENT) })}
          onMore={() => update({ percent: stepNumber(draft.percent, 1, PERCENT) })}
          onInput={(percent) => update({ percent })}
        />
      )}
      {draft.strategy === 'linear' && (
        <TextField
          id="plan-step-mg"
          label={t('plan.stepMg')}
          hint={t('plan.stepMgHint')}
          inputMode="decimal"
          value={draft.stepMg}
          error={errors['strategy.stepMg']}
          onInput={(stepMg) => update({ stepMg })}
        />
      )}
      <NumberStepper
        id="plan-interval"
        label={t('plan.interval')}
        hint={t('plan.intervalHint')}
        value={draft.intervalDays}
        error={errors['strategy.intervalDays']}
        lessLabel={t('plan.intervalLess')}
        moreLabel={t('plan.intervalMore')}
        onLess={() => update({ intervalDays: stepNumber(draft.intervalDays, -1, interval) })}
        onMore={() => update({ intervalDays: stepNumber(draft.intervalDays, 1, interval) })}
        onInput={(intervalDays) => update({ intervalDays })}
      />
    </>
  );
}

/** A switch to diazepam: which published equivalent, and which diazepam. */
function CrossoverFields({ draft, medication, errors, update }: SectionProps) {
  const { t } = useI18n();
  const w = usePlanWords();
  const eqs = equivalents(medication);
  if (eqs.length === 0) return <p class="notice">{t('plan.noEquivalents')}</p>;
  return (
    <>
      <RadioCards<EquivalentTable>
        name="equivalent"
        legend={t('plan.equivalentLegend')}
        intro={t('plan.equivalentIntro')}
        value={draft.equivalent}
        error={errors['strategy.diazepamMgPerMg']}
        cards={eqs.map((e) => ({
          value: e.table,
          label: w.plan.equivalentOption(e, medication?.name ?? ''),
          detail: <p>{w.plan.sources(e.sources)}</p>,
        }))}
        onChange={(equivalent) => update({ equivalent })}
      />
      <RadioCards<DiazepamForm>
        name="diazepam-form"
        legend={t('plan.diazepamFormLegend')}
        value={draft.diazepamForm}
        error={errors['strategy.diazepamForm']}
        cards={[
          { value: 'liquid', label: t('plan.diazepamLiquid') },
          { value: 'tablet', label: t('plan.diazepamTablet') },
        ]}
        onChange={(diazepamForm) => update({ diazepamForm })}
      />
    </>
  );
}

/** The second part of the form: how to taper. */
export function StrategySection(props: SectionProps) {
  const { t } = useI18n();
  const { draft, medication, errors, update } = props;
  return (
    <section class="stack panel" aria-labelledby="strategy-heading">
      <h2 id="strategy-heading">{t('plan.strategyHeading')}</h2>
      <RadioCards
        name="strategy"
        legend={t('plan.strategyLegend')}
        value={draft.strategy}
        cards={strategyCards(t, medication?.id)}
        onChange={(strategy) => {
          const rows = draft.customSteps;
          // Starting one's own steps: the first row begins at the current dose.
          const customSteps =
            strategy === 'custom' && rows[0]?.doseMg === ''
              ? [{ ...rows[0], doseMg: draft.dose.trim() }, ...rows.slice(1)]
              : rows;
          update({ strategy, customSteps });
        }}
      />
      {(draft.strategy === 'proportional' || draft.strategy === 'linear') && <CutFields {...props} />}
      {draft.strategy === 'crossover' && <CrossoverFields {...props} />}
      {draft.strategy === 'custom' && (
        <CustomSteps rows={draft.customSteps} errors={errors} onChange={(customSteps) => update({ customSteps })} />
      )}
    </section>
  );
}
