import { NumberStepper } from '../../components/number-stepper.js';
import { RadioCards, type RadioCard } from '../../components/radio-cards.js';
import { TextField } from '../../components/text-field.js';
import { CustomSteps } from './custom-steps.js';
import type { SectionProps } from './editor-fields.js';
import { equivalents } from './medicine-choices.js';
import { stepNumber } from './typed-numbers.js';
import type { DiazepamForm, EquivalentTable, StrategyChoice } from './plan-draft.js';
import { planWords } from './plan-words.js';

const t = planWords.plan;
const PERCENT = { step: 1, min: 1, max: 25, start: 10 };
const INTERVAL = { step: 1, min: 7, max: 56, start: 14 };
const INTERVAL_LINEAR = { ...INTERVAL, min: 1 };

function strategyCards(medicationId: string | undefined): RadioCard<StrategyChoice>[] {
  const cards: RadioCard<StrategyChoice>[] = [
    { value: 'proportional', label: t.proportional, hint: t.proportionalHint },
    { value: 'linear', label: t.linear, hint: t.linearHint },
  ];
  if (medicationId !== undefined && medicationId !== 'diazepam')
    cards.push({ value: 'crossover', label: t.crossover, hint: t.crossoverHint });
  cards.push({ value: 'custom', label: t.custom, hint: t.customHint });
  return cards;
}

/** Percent or mg per cut, and the days between cuts. */
function CutFields({ draft, errors, update }: SectionProps) {
  const interval = draft.strategy === 'linear' ? INTERVAL_LINEAR : INTERVAL;
  return (
    <>
      {draft.strategy === 'proportional' && (
        <NumberStepper
          id="plan-percent"
          label={t.percent}
          hint={t.percentHint}
          value={draft.percent}
          error={errors['strategy.percent']}
          lessLabel={t.percentLess}
          moreLabel={t.percentMore}
          onLess={() => update({ percent: stepNumber(draft.percent, -1, PERCENT) })}
          onMore={() => update({ percent: stepNumber(draft.percent, 1, PERCENT) })}
          onInput={(percent) => update({ percent })}
        />
      )}
      {draft.strategy === 'linear' && (
        <TextField
          id="plan-step-mg"
          label={t.stepMg}
          hint={t.stepMgHint}
          inputMode="decimal"
          value={draft.stepMg}
          error={errors['strategy.stepMg']}
          onInput={(stepMg) => update({ stepMg })}
        />
      )}
      <NumberStepper
        id="plan-interval"
        label={t.interval}
        hint={t.intervalHint}
        value={draft.intervalDays}
        error={errors['strategy.intervalDays']}
        lessLabel={t.intervalLess}
        moreLabel={t.intervalMore}
        onLess={() => update({ intervalDays: stepNumber(draft.intervalDays, -1, interval) })}
        onMore={() => update({ intervalDays: stepNumber(draft.intervalDays, 1, interval) })}
        onInput={(intervalDays) => update({ intervalDays })}
      />
    </>
  );
}

/** A switch to diazepam: which published equivalent, and which diazepam. */
function CrossoverFields({ draft, medication, errors, update }: SectionProps) {
  const eqs = equivalents(medication);
  if (eqs.length === 0) return <p class="notice">{t.noEquivalents}</p>;
  return (
    <>
      <RadioCards<EquivalentTable>
        name="equivalent"
        legend={t.equivalentLegend}
        intro={t.equivalentIntro}
        value={draft.equivalent}
        error={errors['strategy.diazepamMgPerMg']}
        cards={eqs.map((e) => ({
          value: e.table,
          label: t.equivalentOption(e.table, e.mg, medication?.name ?? '', e.ratio),
          detail: <p>{t.sources(e.sources)}</p>,
        }))}
        onChange={(equivalent) => update({ equivalent })}
      />
      <RadioCards<DiazepamForm>
        name="diazepam-form"
        legend={t.diazepamFormLegend}
        value={draft.diazepamForm}
        error={errors['strategy.diazepamForm']}
        cards={[
          { value: 'liquid', label: t.diazepamLiquid },
          { value: 'tablet', label: t.diazepamTablet },
        ]}
        onChange={(diazepamForm) => update({ diazepamForm })}
      />
    </>
  );
}

/** The second part of the form: how to taper. */
export function StrategySection(props: SectionProps) {
  const { draft, medication, errors, update } = props;
  return (
    <section class="stack panel" aria-labelledby="strategy-heading">
      <h2 id="strategy-heading">{t.strategyHeading}</h2>
      <RadioCards
        name="strategy"
        legend={t.strategyLegend}
        value={draft.strategy}
        cards={strategyCards(medication?.id)}
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
